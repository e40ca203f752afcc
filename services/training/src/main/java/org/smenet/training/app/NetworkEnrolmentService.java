package org.smenet.training.app;

import java.time.Clock;
import java.util.UUID;
import org.smenet.contracts.training.CoursePublished;
import org.smenet.contracts.training.Delivery;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.security.Actor;
import org.smenet.training.domain.NetworkEnrolment;
import org.smenet.training.events.TrainingOutbox;
import org.smenet.training.store.KnownEnterprise;
import org.smenet.training.store.NetworkCourses;
import org.smenet.training.store.NetworkEnrolmentStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Enrolment of this node's enterprises in other economies' online courses, through events (the nodes never
 * call each other): the course as the network catalogue knows it, the request published on this node's
 * public request topic, the course's node's answer read back into the request's status.
 */
@Service
public class NetworkEnrolmentService {

    private final NetworkCourses catalogue;
    private final NetworkEnrolmentStore requests;
    private final SessionService sessions;
    private final TrainingOutbox outbox;
    private final HostedEconomies hosted;
    private final Clock clock;

    public NetworkEnrolmentService(NetworkCourses catalogue, NetworkEnrolmentStore requests, SessionService sessions,
            TrainingOutbox outbox, HostedEconomies hosted, Clock clock) {
        this.catalogue = catalogue;
        this.requests = requests;
        this.sessions = sessions;
        this.outbox = outbox;
        this.hosted = hosted;
        this.clock = clock;
    }

    /** The SME asks for its enterprise's enrolment; the course's node decides (seat, waitlist or why not). */
    public NetworkEnrolment request(Actor actor, String courseId, String enterpriseId) {
        hosted.requireHosted(actor);
        KnownEnterprise enterprise = sessions.ownEnterprise(actor, enterpriseId);
        CoursePublished course = catalogue.find(courseId).map(NetworkCourses.Entry::course)
                .orElseThrow(() -> RuleViolation.notFound("Network course", courseId));
        if (course.economy().equals(enterprise.economy())) {
            throw RuleViolation.conflict("same-economy", "courseId", "Course " + courseId + " is of your own economy "
                    + course.economy() + "; enrol in one of its sessions directly");
        }
        if (course.delivery() != Delivery.ONLINE) {
            throw RuleViolation.conflict("not-online", "courseId", "Course " + courseId + " is taught "
                    + course.delivery() + (course.location() == null ? "" : " in " + course.location())
                    + "; only online courses take enterprises of other economies");
        }
        var existing = requests.of(courseId, enterpriseId);
        if (existing.isPresent()) {
            NetworkEnrolment again = existing.get().again(clock.instant());
            requests.update(again, outbox.requested(again));
            return again;
        }
        NetworkEnrolment made = NetworkEnrolment.request(UUID.randomUUID().toString(), enterprise.economy(),
                course.economy(), courseId, enterpriseId, enterprise.ownerOrg(), clock.instant());
        try {
            requests.insert(made, outbox.requested(made));
        } catch (DuplicateKeyException raced) {
            throw RuleViolation.conflict("already-requested", "enterpriseId", "Enterprise " + enterpriseId
                    + " already asked to enrol in course " + courseId);
        }
        return made;
    }

    /** The actor's organisation's requests to other economies' courses, with their answers; nobody else's. */
    public java.util.List<NetworkEnrolment> mine(Actor actor) {
        if (actor.org() == null || actor.economy() == null) {
            return java.util.List.of();
        }
        return requests.ofOwner(actor.economy(), actor.org());
    }

    /** Its owner organisation reads the request and its answer here. */
    public NetworkEnrolment own(Actor actor, String courseId, String id) {
        return requests.find(id)
                .filter(r -> r.courseId().equals(courseId) && r.ownerOrg().equals(actor.org())
                        && r.economy().equals(actor.economy()))
                .orElseThrow(() -> RuleViolation.notFound("Enrolment request", id));
    }
}
