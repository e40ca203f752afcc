package org.smenet.consultation.domain;

import java.time.Instant;
import java.util.List;
import org.smenet.contracts.consultation.RespondentKind;
import org.smenet.kit.events.Versioned;

/**
 * A submission a respondent of this node makes to a consultation of another economy (federation). It lives
 * here, on the respondent's home node, as a request: each version is published as a public request event
 * addressed to the consultation's economy, whose node applies it and answers. The answer to the current
 * version sets {@code status}; an edit is a new version, pending again. Only public submissions cross.
 */
public record NetworkSubmission(
        String id,
        long version,
        String economy,
        String targetEconomy,
        String consultationId,
        String respondentOrg,
        RespondentKind respondentKind,
        String sector,
        String size,
        List<Answer> answers,
        List<Comment> comments,
        Status status,
        long answeredVersion,
        String submissionId,
        String reason,
        String detail,
        Instant requestedAt,
        Instant updatedAt,
        Instant answeredAt) implements Versioned {

    public enum Status { PENDING, ACCEPTED, REJECTED }

    public NetworkSubmission {
        answers = answers == null ? List.of() : List.copyOf(answers);
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    /**
     * A new request, checked against the consultation as the network knows it (its questions, open and
     * before its closing date). Confidential answers never go on a public topic: refused.
     */
    public static NetworkSubmission request(String id, Consultation consultation, Submission.Respondent respondent,
            List<Answer> answers, List<Comment> comments, boolean confidential, Instant now) {
        check(consultation, respondent, answers, comments, confidential, now);
        return new NetworkSubmission(id, 1, respondent.economy(), consultation.economy(), consultation.id(),
                respondent.org(), respondent.kind(), respondent.sector(), respondent.size(), answers, comments,
                Status.PENDING, 0, null, null, null, now, now, null);
    }

    /** A new version replacing the answers; pending until the consultation's node answers it. */
    public NetworkSubmission edit(Consultation consultation, List<Answer> newAnswers, List<Comment> newComments,
            boolean confidential, Instant now) {
        check(consultation, new Submission.Respondent(respondentOrg, economy, respondentKind, sector, size),
                newAnswers, newComments, confidential, now);
        return new NetworkSubmission(id, version + 1, economy, targetEconomy, consultationId, respondentOrg,
                respondentKind, sector, size, newAnswers, newComments, Status.PENDING, answeredVersion, submissionId,
                null, null, requestedAt, now, answeredAt);
    }

    private static void check(Consultation consultation, Submission.Respondent respondent, List<Answer> answers,
            List<Comment> comments, boolean confidential, Instant now) {
        if (confidential) {
            throw new InvalidInput("confidential", "A submission to another economy's consultation travels on a "
                    + "public topic between the nodes, so it cannot be confidential; submit it as public, or leave "
                    + "the confidential parts out");
        }
        if (consultation.economy().equals(respondent.economy())) {
            throw new LifecycleViolation("same-economy", "consultation " + consultation.id() + " is of your own "
                    + "economy " + respondent.economy() + "; respond to it directly at /consultations/"
                    + consultation.id() + "/submissions");
        }
        if (!consultation.mayRespondFrom(respondent.economy())) {
            throw new LifecycleViolation("not-in-audience", "consultation " + consultation.id()
                    + " takes responses from " + consultation.economy() + " only");
        }
        if (!consultation.acceptsSubmissions(now)) {
            throw new LifecycleViolation("consultation-not-open", "consultation " + consultation.id() + " is "
                    + consultation.status() + " (closing date " + consultation.closesAt() + "); it takes no submissions");
        }
        AnswerRules.check(consultation, answers, comments);
    }
}
