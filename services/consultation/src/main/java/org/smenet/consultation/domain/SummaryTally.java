package org.smenet.consultation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A summary as running counters. Each submission contributes a list of counter keys ({@link #keys});
 * counters are summed over submissions and turned back into the same {@link Summary} the one-pass
 * {@link SummaryCalculator} computes ({@link #summary}). Keys name questions and answers by their position
 * (which is fixed once a consultation opens), never by their text, so any option text is a safe key:
 * {@code n} submissions · {@code re|<economy>}, {@code rs|<sector>}, {@code rz|<size>} respondents ·
 * {@code a|<q>} answered · {@code t|<q>|<a>} count · {@code e|<q>|<a>|<economy>}, {@code s|…|<sector>},
 * {@code z|…|<size>} breakdowns · {@code m|<section>} comments.
 */
public final class SummaryTally {

    private SummaryTally() {
    }

    /** The counter keys one visible submission adds (a key may repeat: two comments on one section). */
    public static List<String> keys(Consultation consultation, SummaryCalculator.Response response) {
        List<String> keys = new ArrayList<>();
        String economy = value(response.economy());
        String sector = value(response.sector());
        String size = value(response.size());
        keys.add("n");
        keys.add("re|" + economy);
        keys.add("rs|" + sector);
        keys.add("rz|" + size);
        List<Question> questions = consultation.questions();
        for (Answer answer : response.answers()) {
            int q = indexOf(questions, answer.questionId());
            if (q < 0) {
                continue;
            }
            keys.add("a|" + q);
            List<String> counted = questions.get(q).countedAnswers();
            if (answer.scale() != null) {
                count(keys, q, counted.indexOf(String.valueOf(answer.scale())), economy, sector, size);
            }
            if (answer.choices() != null) {
                for (String choice : answer.choices()) {
                    count(keys, q, counted.indexOf(choice), economy, sector, size);
                }
            }
        }
        int sections = consultation.sections().size();
        for (Integer section : response.commentSections()) {
            if (section != null && section > 0 && section <= sections) {
                keys.add("m|" + section);
            }
        }
        return keys;
    }

    /** The summary the counters say (counters at zero or below are left out, as if never counted). */
    public static Summary summary(Consultation consultation, Map<String, Long> counters, Instant generatedAt) {
        List<Question> questions = consultation.questions();
        List<Summary.QuestionSummary> out = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            long answered = get(counters, "a|" + q);
            List<String> counted = question.countedAnswers();
            List<Summary.AnswerCount> answers = new ArrayList<>();
            for (int a = 0; a < counted.size(); a++) {
                String at = q + "|" + a;
                long total = get(counters, "t|" + at);
                answers.add(new Summary.AnswerCount(counted.get(a), total, SummaryCalculator.share(total, answered),
                        new Summary.Breakdown(breakdown(counters, "s|" + at + "|"), breakdown(counters, "e|" + at + "|"),
                                breakdown(counters, "z|" + at + "|"))));
            }
            out.add(new Summary.QuestionSummary(question.id(), question.text(), question.kind(), answered, answers));
        }
        List<Summary.SectionComments> sections = new ArrayList<>();
        for (Section section : consultation.sections()) {
            long comments = get(counters, "m|" + section.number());
            if (comments > 0) {
                sections.add(new Summary.SectionComments(section.number(), section.heading(), comments));
            }
        }
        sections.sort(Comparator.comparingLong(Summary.SectionComments::comments).reversed()
                .thenComparingInt(Summary.SectionComments::section));
        return new Summary(consultation.id(), generatedAt, get(counters, "n"), new Summary.Breakdown(
                breakdown(counters, "rs|"), breakdown(counters, "re|"), breakdown(counters, "rz|")), out, sections);
    }

    /** Counts each key: what a list of keys adds to the counters. */
    public static Map<String, Long> counts(List<String> keys) {
        Map<String, Long> counts = new HashMap<>();
        for (String key : keys) {
            counts.merge(key, 1L, Long::sum);
        }
        return counts;
    }

    /** The keys as one string (how a bucket remembers what a submission added; keys never hold a comma). */
    public static String join(List<String> keys) {
        return String.join(",", keys);
    }

    public static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private static void count(List<String> keys, int q, int a, String economy, String sector, String size) {
        if (a < 0) {
            return;
        }
        String at = q + "|" + a;
        keys.add("t|" + at);
        keys.add("e|" + at + "|" + economy);
        keys.add("s|" + at + "|" + sector);
        keys.add("z|" + at + "|" + size);
    }

    private static Map<String, Long> breakdown(Map<String, Long> counters, String prefix) {
        Map<String, Long> out = new TreeMap<>();
        counters.forEach((key, count) -> {
            if (count > 0 && key.startsWith(prefix) && key.indexOf('|', prefix.length()) < 0) {
                out.put(key.substring(prefix.length()), count);
            }
        });
        return out;
    }

    private static long get(Map<String, Long> counters, String key) {
        Long value = counters.get(key);
        return value == null || value < 0 ? 0 : value;
    }

    private static int indexOf(List<Question> questions, String id) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Economy, sector and size as a key part: unknown when absent; never a dot or a dollar (field names), a bar or a comma. */
    private static String value(String v) {
        return v == null || v.isBlank() ? Summary.UNKNOWN
                : v.replace('.', '_').replace('$', '_').replace('|', '_').replace(',', '_');
    }
}
