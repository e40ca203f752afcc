package org.smenet.contracts.consultation;

import java.time.Instant;
import java.util.List;

/**
 * A respondent of one economy asks the node of another economy to take its submission to a consultation
 * open to the network (federation: nodes never call each other). Published by the respondent's home node
 * on its public request topic; {@code ce_sequence} is the request's version (an edit is a newer one and
 * replaces the submission). Only public submissions cross: a confidential one never leaves its home node.
 * No contacts, only the organisation id and what the summary breaks down by.
 */
public record SubmissionRequested(
        String requestId,
        String economy,
        String targetEconomy,
        String consultationId,
        String respondentOrg,
        RespondentKind respondentKind,
        String sector,
        String size,
        List<RequestedAnswer> answers,
        List<RequestedComment> comments,
        Instant at) {

    public record RequestedAnswer(String questionId, String text, List<String> choices, Integer scale) {
    }

    public record RequestedComment(int section, String text) {
    }
}
