package org.smenet.consultation.domain;

import java.time.Instant;
import java.util.List;
import org.smenet.contracts.consultation.RespondentKind;
import org.smenet.kit.events.Versioned;

/**
 * One organisation's response to one consultation: answers per question, comments anchored to
 * sections, public or confidential. Who responded (economy, ISIC section, size) is fixed when it is
 * made, from the service's read model of the registry, so summaries break down without a join.
 * Moderation hides it with a reason; nothing is ever deleted.
 */
public record Submission(
        String id,
        long version,
        String consultationId,
        String consultationEconomy,
        String respondentOrg,
        String respondentEconomy,
        RespondentKind respondentKind,
        String sector,
        String size,
        List<Answer> answers,
        List<Comment> comments,
        boolean confidential,
        boolean hidden,
        String hiddenReason,
        String hiddenBy,
        Instant submittedAt,
        Instant updatedAt,
        Origin origin) implements Versioned {

    /**
     * Where a cross-border submission came from: the request of another economy's node (its economy, id
     * and the version last applied). Null for submissions made on this node.
     */
    public record Origin(String economy, String requestId, long sequence) {
    }

    public Submission {
        answers = answers == null ? List.of() : List.copyOf(answers);
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    /** A new submission, its answers and comments checked against the consultation. */
    public static Submission make(String id, Consultation consultation, Respondent respondent, List<Answer> answers,
            List<Comment> comments, boolean confidential, Instant now) {
        requireOpen(consultation, now);
        if (!consultation.mayRespondFrom(respondent.economy())) {
            throw new LifecycleViolation("not-in-audience", "consultation " + consultation.id()
                    + " takes responses from " + consultation.economy() + " only");
        }
        AnswerRules.check(consultation, answers, comments);
        return new Submission(id, 1, consultation.id(), consultation.economy(), respondent.org(),
                respondent.economy(), respondent.kind(), respondent.sector(), respondent.size(), answers, comments,
                confidential, false, null, null, now, now, null);
    }

    /** The same submission, as made through another economy's node by request {@code origin}. */
    public Submission from(Origin requestOrigin) {
        return new Submission(id, version, consultationId, consultationEconomy, respondentOrg, respondentEconomy,
                respondentKind, sector, size, answers, comments, confidential, hidden, hiddenReason, hiddenBy,
                submittedAt, updatedAt, requestOrigin);
    }

    /** Who responds: taken from the token and the enterprise read model, never from the body. */
    public record Respondent(String org, String economy, RespondentKind kind, String sector, String size) {
    }

    public Submission edit(Consultation consultation, List<Answer> newAnswers, List<Comment> newComments,
            boolean nowConfidential, Instant now) {
        requireOpen(consultation, now);
        if (hidden) {
            throw new LifecycleViolation("submission-hidden", "a hidden submission cannot be edited");
        }
        AnswerRules.check(consultation, newAnswers, newComments);
        return new Submission(id, version + 1, consultationId, consultationEconomy, respondentOrg, respondentEconomy,
                respondentKind, sector, size, newAnswers, newComments, nowConfidential, false, null, null,
                submittedAt, now, origin);
    }

    public Submission hide(String moderatorOrg, String reason, Instant now) {
        if (hidden) {
            throw new LifecycleViolation("already-hidden", "submission " + id + " is already hidden");
        }
        return new Submission(id, version + 1, consultationId, consultationEconomy, respondentOrg, respondentEconomy,
                respondentKind, sector, size, answers, comments, confidential, true, reason, moderatorOrg,
                submittedAt, now, origin);
    }

    private static void requireOpen(Consultation consultation, Instant now) {
        if (!consultation.acceptsSubmissions(now)) {
            throw new LifecycleViolation("consultation-not-open", "consultation " + consultation.id() + " is "
                    + consultation.status() + (consultation.closesAt().isAfter(now) ? ""
                    : " and its closing date " + consultation.closesAt() + " has passed")
                    + "; it takes no submissions");
        }
    }
}
