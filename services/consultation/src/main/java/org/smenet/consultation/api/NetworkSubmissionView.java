package org.smenet.consultation.api;

import java.time.Instant;
import java.util.List;
import org.smenet.consultation.domain.NetworkSubmission;
import org.smenet.contracts.consultation.RespondentKind;

/**
 * A submission to another economy's consultation as its author sees it on its home node: what was sent,
 * and the consultation's node's answer to the current version ({@code PENDING} until it arrives).
 */
public record NetworkSubmissionView(
        String id,
        long version,
        String consultationId,
        String consultationEconomy,
        String respondentOrg,
        String respondentEconomy,
        RespondentKind respondentKind,
        List<SubmissionView.AnswerView> answers,
        List<SubmissionView.CommentView> comments,
        String status,
        long answeredVersion,
        String submissionId,
        String reason,
        String detail,
        Instant requestedAt,
        Instant updatedAt,
        Instant answeredAt) {

    public static NetworkSubmissionView of(NetworkSubmission s) {
        return new NetworkSubmissionView(s.id(), s.version(), s.consultationId(), s.targetEconomy(), s.respondentOrg(),
                s.economy(), s.respondentKind(),
                s.answers().stream().map(a -> new SubmissionView.AnswerView(a.questionId(), a.text(), a.choices(),
                        a.scale())).toList(),
                s.comments().stream().map(c -> new SubmissionView.CommentView(c.section(), c.text())).toList(),
                s.status().name(), s.answeredVersion(), s.submissionId(), s.reason(), s.detail(), s.requestedAt(),
                s.updatedAt(), s.answeredAt());
    }
}
