package org.smenet.consultation.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.smenet.consultation.domain.QuestionKind;
import org.smenet.consultation.domain.Summary;

/** A consultation's summary as JSON (see {@link Summary}). */
public record SummaryView(
        String consultationId,
        Instant generatedAt,
        boolean frozen,
        long submissions,
        BreakdownView respondents,
        List<QuestionView> questions,
        List<SectionView> mostCommentedSections) {

    public record BreakdownView(Map<String, Long> bySector, Map<String, Long> byEconomy, Map<String, Long> bySize) {
        static BreakdownView of(Summary.Breakdown b) {
            return new BreakdownView(b.bySector(), b.byEconomy(), b.bySize());
        }
    }

    public record QuestionView(String questionId, String text, QuestionKind kind, long answered, List<AnswerView> answers) {
    }

    public record AnswerView(String answer, long count, double share, BreakdownView breakdown) {
    }

    public record SectionView(int section, String heading, long comments) {
    }

    public static SummaryView of(Summary s, boolean frozen) {
        return new SummaryView(s.consultationId(), s.generatedAt(), frozen, s.submissions(),
                BreakdownView.of(s.respondents()),
                s.questions().stream().map(q -> new QuestionView(q.questionId(), q.text(), q.kind(), q.answered(),
                        q.answers().stream().map(a -> new AnswerView(a.answer(), a.count(), a.share(),
                                BreakdownView.of(a.breakdown()))).toList())).toList(),
                s.mostCommentedSections().stream().map(c -> new SectionView(c.section(), c.heading(), c.comments()))
                        .toList());
    }
}
