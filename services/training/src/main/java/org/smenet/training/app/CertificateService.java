package org.smenet.training.app;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.smenet.kit.authority.Authority;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.security.Actor;
import org.smenet.training.domain.Certificate;
import org.smenet.training.domain.Course;
import org.smenet.training.domain.Session;
import org.smenet.training.domain.SessionRuleViolation;
import org.smenet.training.events.TrainingOutbox;
import org.smenet.training.store.CertificateStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Completion and certificates. A completion is stored first (a session event); the certificate follows
 * with an id derived from session and enterprise, so a repeated completion request re-issues nothing
 * and heals a completion whose certificate was not yet written.
 */
@Service
public class CertificateService {

    private final CertificateStore certificates;
    private final SessionService sessions;
    private final CourseService courses;
    private final StatusLists statusLists;
    private final SigningKeys keys;
    private final Credentials credentials;
    private final TrainingOutbox outbox;
    private final Authority authority;
    private final HostedEconomies hosted;
    private final Clock clock;

    public CertificateService(CertificateStore certificates, SessionService sessions, CourseService courses,
            StatusLists statusLists, SigningKeys keys, Credentials credentials, TrainingOutbox outbox,
            Authority authority, HostedEconomies hosted, Clock clock) {
        this.certificates = certificates;
        this.sessions = sessions;
        this.courses = courses;
        this.statusLists = statusLists;
        this.keys = keys;
        this.credentials = credentials;
        this.outbox = outbox;
        this.authority = authority;
        this.hosted = hosted;
        this.clock = clock;
    }

    public static String certificateId(String sessionId, String enterpriseId) {
        return UUID.nameUUIDFromBytes((sessionId + "|" + enterpriseId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The provider records a completion; the enterprise's certificate is issued with it. */
    public Certificate complete(Actor actor, String sessionId, String enterpriseId) {
        try {
            sessions.complete(actor, sessionId, enterpriseId);
        } catch (SessionRuleViolation violation) {
            if (!"already-completed".equals(violation.rule())
                    || certificates.find(certificateId(sessionId, enterpriseId)).isPresent()) {
                throw violation;
            }
        }
        Session session = sessions.get(sessionId);
        return issue(courses.get(session.courseId()), session, session.seatOf(enterpriseId));
    }

    private Certificate issue(Course course, Session session, Session.Seat seat) {
        String id = certificateId(session.id(), seat.enterpriseId());
        var existing = certificates.find(id);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant validUntil = course.certificateValidUntil(now);
        StatusLists.Position position = statusLists.allocate();
        var key = keys.current();
        String jwt = credentials.sign(new Credentials.Issue(id, session.economy(), seat.enterpriseId(), course,
                session.id(), now, validUntil, position.list(), position.index(), session.economyOf(seat)), key);
        Certificate certificate = new Certificate(id, 1, session.economy(), seat.enterpriseId(), seat.ownerOrg(),
                course.providerOrg(), course.id(), session.id(), course.title(), course.topic(), course.certification(),
                now, validUntil, position.list(), position.index(), key.getKeyID(), jwt, false, null, null);
        try {
            certificates.insert(certificate, outbox.issued(certificate));
            return certificate;
        } catch (DuplicateKeyException concurrentlyIssued) {
            return certificates.find(id).orElseThrow();
        }
    }

    /** The holder, the provider and the focal points of its economy see a certificate; others do not. */
    public Certificate get(Actor actor, String id) {
        Certificate certificate = certificates.find(id).orElseThrow(() -> RuleViolation.notFound("Certificate", id));
        boolean holder = actor.org() != null && actor.org().equals(certificate.ownerOrg())
                && actor.actsFor(certificate.economy());
        boolean provider = actor.org() != null && actor.org().equals(certificate.providerOrg())
                && authority.isFocalPoint(actor, certificate.economy());
        if (!holder && !provider && !authority.isFocalPoint(actor, certificate.economy())) {
            throw RuleViolation.notFound("Certificate", id);
        }
        return certificate;
    }

    public List<Certificate> ofEnterprise(String enterpriseId) {
        return certificates.ofEnterprise(enterpriseId);
    }

    /** The provider revokes; the status list bit is set by the same write. */
    public Certificate revoke(Actor actor, String id, String reason) {
        hosted.requireHosted(actor);
        Certificate certificate = certificates.find(id).orElseThrow(() -> RuleViolation.notFound("Certificate", id));
        courses.requireProvider(actor, courses.get(certificate.courseId()));
        Certificate revoked = certificate.revoke(reason, clock.instant());
        certificates.update(revoked, outbox.revoked(revoked));
        return revoked;
    }
}
