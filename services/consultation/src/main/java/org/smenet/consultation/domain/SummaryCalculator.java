package org.smenet.consultation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes a {@link Summary} in one pass over the submissions, in memory: {@link #add} each visible
 * submission (in any order), then {@link #result}. Counters are arrays indexed by question and answer,
 * so the cost is one map increment per answer and dimension.
 */
public final class SummaryCalculator {

    /** What the summary needs of one submission. */
    public record Response(String economy, String sector, String size, List<Answer> answers, List<Integer> commentSections) {
    }

    private final Consultation consultation;
    private final Map<String, Integer> questionIndex = new HashMap<>();
    private final List<Map<String, Integer>> answerIndex = new ArrayList<>();
    private final long[] answered;
    private final Counter[][] counters;
    private final Counter respondents = new Counter();
    private final long[] comments;
    private long submissions;

    public SummaryCalculator(Consultation consultation) {
        this.consultation = consultation;
        List<Question> questions = consultation.questions();
        answered = new long[questions.size()];
        counters = new Counter[questions.size()][];
        for (int q = 0; q < questions.size(); q++) {
            questionIndex.put(questions.get(q).id(), q);
            List<String> counted = questions.get(q).countedAnswers();
            Map<String, Integer> index = new HashMap<>();
            counters[q] = new Counter[counted.size()];
            for (int a = 0; a < counted.size(); a++) {
                index.put(counted.get(a), a);
                counters[q][a] = new Counter();
            }
            answerIndex.add(index);
        }
        comments = new long[consultation.sections().size() + 1];
    }

    public void add(Response response) {
        submissions++;
        String economy = orUnknown(response.economy());
        String sector = orUnknown(response.sector());
        String size = orUnknown(response.size());
        respondents.add(economy, sector, size);
        for (Answer answer : response.answers()) {
            Integer q = questionIndex.get(answer.questionId());
            if (q == null) {
                continue; // a question removed from a draft cannot have answers; defensive only
            }
            answered[q]++;
            Map<String, Integer> index = answerIndex.get(q);
            if (answer.scale() != null) {
                count(q, index.get(String.valueOf(answer.scale())), economy, sector, size);
            }
            if (answer.choices() != null) {
                for (String choice : answer.choices()) {
                    count(q, index.get(choice), economy, sector, size);
                }
            }
        }
        for (Integer section : response.commentSections()) {
            if (section != null && section > 0 && section < comments.length) {
                comments[section]++;
            }
        }
    }

    public Summary result(Instant generatedAt) {
        List<Summary.QuestionSummary> questions = new ArrayList<>();
        for (int q = 0; q < counters.length; q++) {
            Question question = consultation.questions().get(q);
            List<String> counted = question.countedAnswers();
            List<Summary.AnswerCount> answers = new ArrayList<>();
            for (int a = 0; a < counted.size(); a++) {
                Counter c = counters[q][a];
                answers.add(new Summary.AnswerCount(counted.get(a), c.total, share(c.total, answered[q]), c.breakdown()));
            }
            questions.add(new Summary.QuestionSummary(question.id(), question.text(), question.kind(), answered[q],
                    answers));
        }
        List<Summary.SectionComments> sections = new ArrayList<>();
        for (Section section : consultation.sections()) {
            if (comments[section.number()] > 0) {
                sections.add(new Summary.SectionComments(section.number(), section.heading(), comments[section.number()]));
            }
        }
        sections.sort(Comparator.comparingLong(Summary.SectionComments::comments).reversed()
                .thenComparingInt(Summary.SectionComments::section));
        return new Summary(consultation.id(), generatedAt, submissions, respondents.breakdown(), questions, sections);
    }

    private void count(int q, Integer a, String economy, String sector, String size) {
        if (a != null) {
            counters[q][a].add(economy, sector, size);
        }
    }

    static double share(long count, long of) {
        return of == 0 ? 0.0 : Math.round(count * 10_000.0 / of) / 10_000.0;
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? Summary.UNKNOWN : value;
    }

    private static final class Counter {
        long total;
        final Map<String, long[]> bySector = new HashMap<>();
        final Map<String, long[]> byEconomy = new HashMap<>();
        final Map<String, long[]> bySize = new HashMap<>();

        void add(String economy, String sector, String size) {
            total++;
            bySector.computeIfAbsent(sector, k -> new long[1])[0]++;
            byEconomy.computeIfAbsent(economy, k -> new long[1])[0]++;
            bySize.computeIfAbsent(size, k -> new long[1])[0]++;
        }

        Summary.Breakdown breakdown() {
            return new Summary.Breakdown(sorted(bySector), sorted(byEconomy), sorted(bySize));
        }

        private static Map<String, Long> sorted(Map<String, long[]> counts) {
            Map<String, Long> out = new TreeMap<>();
            counts.forEach((k, v) -> out.put(k, v[0]));
            return out;
        }
    }
}
