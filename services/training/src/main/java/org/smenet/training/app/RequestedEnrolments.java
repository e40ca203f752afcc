package org.smenet.training.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.training.Delivery;
import org.smenet.contracts.training.EnrolmentRequestAnswered;
import org.smenet.contracts.training.EnrolmentRequested;
import org.smenet.kit.events.PendingEvent;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.training.domain.Course;
import org.smenet.training.domain.Session;
import org.smenet.training.domain.SessionRuleViolation;
import org.smenet.training.events.TrainingOutbox;
import org.smenet.training.store.CourseStore;
import org.smenet.training.store.EnrolmentRejections;
import org.smenet.training.store.SessionStore;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Applies cross-border enrolment requests addressed to this node's courses with the same seat rules as a
 * local SME's enrolment: a network-visible ONLINE course, its next session still open for enrolment, a seat
 * while one is left, else its waitlist, never twice. The placement, the request's key and the public answer
 * are one write of the session; a refusal and its answer one write of the request's rejection record. A
 * request version already decided changes nothing.
 */
@Service
public class RequestedEnrolments {

    private final CourseStore courses;
    private final SessionStore sessions;
    private final EnrolmentRejections rejections;
    private final TrainingOutbox outbox;
    private final HostedEconomies hosted;
    private final Clock clock;

    public RequestedEnrolments(CourseStore courses, SessionStore sessions, EnrolmentRejections rejections,
            TrainingOutbox outbox, HostedEconomies hosted, Clock clock) {
        this.courses = courses;
        this.sessions = sessions;
        this.rejections = rejections;
        this.outbox = outbox;
        this.hosted = hosted;
        this.clock = clock;
    }

    public static String requestKey(String economy, String requestId, long sequence) {
        return economy + ":" + requestId + ":" + sequence;
    }

    public boolean apply(EventEnvelope event, EnrolmentRequested request) {
        if (!hosted.hosts(request.targetEconomy())) {
            return false;
        }
        long sequence = event.sequence();
        String rejectionKey = request.economy() + ":" + request.requestId();
        String key = requestKey(request.economy(), request.requestId(), sequence);
        for (int attempt = 0; attempt < 200; attempt++) {
            if (rejections.refusedSequence(rejectionKey) >= sequence || sessions.placed(request.courseId(), key)) {
                return false; // this version was decided already
            }
            Course course = courses.find(request.courseId())
                    .filter(c -> c.economy().equals(request.targetEconomy()) && c.networkVisible()).orElse(null);
            if (course == null) {
                return reject(event, request, rejectionKey, "unknown-course", "No network-visible course "
                        + request.courseId() + " of " + request.targetEconomy() + " here");
            }
            if (course.delivery() != Delivery.ONLINE) {
                return reject(event, request, rejectionKey, "not-online", "Course " + course.id() + " is taught "
                        + course.delivery() + "; only online courses take enterprises of other economies");
            }
            Session next = sessions.ofCourse(course.id()).stream()
                    .filter(s -> s.enrolmentDeadline().isAfter(clock.instant())).findFirst().orElse(null);
            if (next == null) {
                return reject(event, request, rejectionKey, "no-open-session", "Course " + course.id()
                        + " has no session open for enrolment");
            }
            Session.Change change;
            try {
                change = next.enrolFrom(request.enterpriseId(), request.ownerOrg(), request.economy(), key,
                        clock.instant());
            } catch (SessionRuleViolation violation) {
                return reject(event, request, rejectionKey, violation.rule(), violation.getMessage());
            }
            boolean waiting = change.session().waitlistPosition(request.enterpriseId()) > 0;
            List<PendingEvent> events = new ArrayList<>(outbox.changed(change));
            events.add(outbox.answer(course.economy(), event.id(), sequence, request,
                    waiting ? EnrolmentRequestAnswered.WAITLISTED : EnrolmentRequestAnswered.ENROLLED, next.id(), null,
                    null));
            try {
                sessions.update(change.session(), events);
                return true;
            } catch (OptimisticLockingFailureException lostRace) {
                // another enrolment took the session meanwhile: decide again on what is stored
            }
        }
        throw new IllegalStateException("enrolment request " + key + " kept racing; retried by the listener");
    }

    private boolean reject(EventEnvelope event, EnrolmentRequested request, String key, String reason, String detail) {
        return rejections.reject(key, event.sequence(), reason, outbox.answer(request.targetEconomy(), event.id(),
                event.sequence(), request, EnrolmentRequestAnswered.REJECTED, null, reason, detail));
    }
}
