package org.smenet.training.app;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.training.domain.Course;
import org.smenet.training.domain.Session;
import org.smenet.training.events.TrainingOutbox;
import org.smenet.training.store.EnterpriseDirectory;
import org.smenet.training.store.KnownEnterprise;
import org.smenet.training.store.SessionStore;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Sessions and their seats. Every enrolment change reads the session, applies the rule and stores the
 * session at its next version only if nobody changed it meanwhile (one conditional single-document
 * write with the events); a lost race reads again and re-decides, so the last seat goes to exactly one
 * enterprise and the others land on the waitlist or get "session-full".
 */
@Service
public class SessionService {

    /** Each lost race means another request won, so this many retries cover that many concurrent writers. */
    private static final int ATTEMPTS = 200;

    private final SessionStore sessions;
    private final CourseService courses;
    private final EnterpriseDirectory enterprises;
    private final TrainingOutbox outbox;
    private final HostedEconomies hosted;
    private final Clock clock;

    public SessionService(SessionStore sessions, CourseService courses, EnterpriseDirectory enterprises,
            TrainingOutbox outbox, HostedEconomies hosted, Clock clock) {
        this.sessions = sessions;
        this.courses = courses;
        this.enterprises = enterprises;
        this.outbox = outbox;
        this.hosted = hosted;
        this.clock = clock;
    }

    public Session schedule(Actor actor, String courseId, SessionRequest request) {
        hosted.requireHosted(actor);
        Course course = courses.get(courseId);
        courses.requireProvider(actor, course);
        String location = request.location() == null || request.location().isBlank() ? course.location()
                : request.location().strip();
        Session session = Session.schedule(UUID.randomUUID().toString(), course.economy(), course.id(),
                course.providerOrg(), request.startsAt(), request.endsAt(), request.enrolmentDeadline(),
                request.capacity(), Boolean.TRUE.equals(request.waitlistEnabled()), location, clock.instant());
        sessions.insert(session, outbox.scheduled(session));
        return session;
    }

    public Session get(String id) {
        return sessions.find(id).orElseThrow(() -> RuleViolation.notFound("Session", id));
    }

    public List<Session> ofCourse(String courseId) {
        courses.get(courseId);
        return sessions.ofCourse(courseId);
    }

    /** One place of the actor's enterprises: a seat ({@code ENROLLED}, {@code ATTENDED}, {@code COMPLETED}) or waiting. */
    public record Place(Session session, String enterpriseId, String status, int waitlistPosition) {
    }

    /**
     * The places the actor's organisation holds for its economy's enterprises, in sessions of every course of
     * this node, the latest session first. Nobody else's, and nothing for an actor without an organisation.
     */
    public List<Place> placesOf(Actor actor) {
        if (actor.org() == null || actor.economy() == null) {
            return List.of();
        }
        List<Place> places = new java.util.ArrayList<>();
        for (Session s : sessions.withPlacesOf(actor.org())) {
            for (Session.Seat seat : s.seats()) {
                if (seat.ownerOrg().equals(actor.org()) && actor.actsFor(s.economyOf(seat))) {
                    places.add(new Place(s, seat.enterpriseId(), seat.status().name(), 0));
                }
            }
            for (int i = 0; i < s.waitlist().size(); i++) {
                Session.Waiting w = s.waitlist().get(i);
                String economy = w.economy() == null ? s.economy() : w.economy();
                if (w.ownerOrg().equals(actor.org()) && actor.actsFor(economy)) {
                    places.add(new Place(s, w.enterpriseId(), "WAITLISTED", i + 1));
                }
            }
        }
        return places;
    }

    /** An SME enrols one of its own enterprises: a seat, or the waitlist when the session is full. */
    public Session.Change enrol(Actor actor, String sessionId, String enterpriseId) {
        hosted.requireHosted(actor);
        KnownEnterprise enterprise = ownEnterprise(actor, enterpriseId);
        return change(sessionId, s -> s.enrol(enterprise.id(), enterprise.ownerOrg(), clock.instant()));
    }

    /** An SME gives up its enterprise's seat or waitlist place; a freed seat goes to the first waiting. */
    public Session.Change cancel(Actor actor, String sessionId, String enterpriseId) {
        hosted.requireHosted(actor);
        KnownEnterprise enterprise = ownEnterprise(actor, enterpriseId);
        return change(sessionId, s -> s.cancel(enterprise.id(), clock.instant()));
    }

    public Session.Change attend(Actor actor, String sessionId, String enterpriseId) {
        hosted.requireHosted(actor);
        requireProvider(actor, get(sessionId));
        return change(sessionId, s -> s.attend(enterpriseId));
    }

    /** Records a completion; the caller issues the certificate. */
    public Session.Change complete(Actor actor, String sessionId, String enterpriseId) {
        hosted.requireHosted(actor);
        requireProvider(actor, get(sessionId));
        return change(sessionId, s -> s.complete(enterpriseId));
    }

    public void requireProvider(Actor actor, Session session) {
        courses.requireProvider(actor, courses.get(session.courseId()));
    }

    private Session.Change change(String sessionId, Function<Session, Session.Change> rule) {
        for (int attempt = 1; ; attempt++) {
            Session.Change change = rule.apply(get(sessionId));
            try {
                sessions.update(change.session(), outbox.changed(change));
                return change;
            } catch (OptimisticLockingFailureException lostRace) {
                if (attempt >= ATTEMPTS) {
                    throw lostRace;
                }
            }
        }
    }

    /** The actor's own active enterprise (an SME that owns it), or the problem saying why not. */
    public KnownEnterprise ownEnterprise(Actor actor, String enterpriseId) {
        if (!actor.has(Role.SME)) {
            throw RuleViolation.forbidden("Only an SME enrols its own enterprise");
        }
        KnownEnterprise enterprise = enterprises.find(enterpriseId)
                .orElseThrow(() -> RuleViolation.notFound("Enterprise", enterpriseId));
        if (actor.org() == null || !actor.org().equals(enterprise.ownerOrg()) || !actor.actsFor(enterprise.economy())) {
            throw RuleViolation.forbidden("Enterprise " + enterpriseId + " is not your organisation's");
        }
        if (!enterprise.active()) {
            throw RuleViolation.conflict("enterprise-inactive", "enterpriseId",
                    "Enterprise " + enterpriseId + " is " + enterprise.status());
        }
        return enterprise;
    }
}
