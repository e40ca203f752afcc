package org.smenet.consultation.api;

import java.time.Instant;
import java.util.List;
import org.smenet.consultation.domain.Submission;
import org.smenet.contracts.consultation.RespondentKind;

/** A submission as its author, the opening focal point, or (when public and visible) anyone who sees the consultation reads it. */
public record SubmissionView(
        String id,
        long version,
        String consultationId,
        String respondentOrg,
        String respondentEconomy,
        RespondentKind respondentKind,
        String sector,
        String size,
        List<AnswerView> answers,
        List<CommentView> comments,
        boolean confidential,
        boolean hidden,
        String hiddenReason,
        Instant submittedAt,
        Instant updatedAt) {

    public record AnswerView(String questionId, String text, List<String> choices, Integer scale) {
    }

    public record CommentView(int section, String text) {
    }

    public static SubmissionView of(Submission s) {
        return new SubmissionView(s.id(), s.version(), s.consultationId(), s.respondentOrg(), s.respondentEconomy(),
                s.respondentKind(), s.sector(), s.size(),
                s.answers().stream().map(a -> new AnswerView(a.questionId(), a.text(), a.choices(), a.scale())).toList(),
                s.comments().stream().map(c -> new CommentView(c.section(), c.text())).toList(),
                s.confidential(), s.hidden(), s.hiddenReason(), s.submittedAt(), s.updatedAt());
    }
}
