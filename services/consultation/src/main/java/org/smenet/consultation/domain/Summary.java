package org.smenet.consultation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a consultation's visible (not hidden) submissions say: counts and shares per question and
 * answer, each broken down by the respondents' ISIC section, economy and enterprise size, and the
 * sections commented on, most commented first. Shares are of the submissions that answered the
 * question, rounded to four decimals (multiple choice shares may add up to more than 1).
 */
public record Summary(
        String consultationId,
        Instant generatedAt,
        long submissions,
        Breakdown respondents,
        List<QuestionSummary> questions,
        List<SectionComments> mostCommentedSections) {

    /** Respondents who do not own an enterprise of the registry (associations, chambers) count as this. */
    public static final String UNKNOWN = "UNKNOWN";

    public record Breakdown(Map<String, Long> bySector, Map<String, Long> byEconomy, Map<String, Long> bySize) {
    }

    public record QuestionSummary(String questionId, String text, QuestionKind kind, long answered,
            List<AnswerCount> answers) {
    }

    public record AnswerCount(String answer, long count, double share, Breakdown breakdown) {
    }

    public record SectionComments(int section, String heading, long comments) {
    }
}
