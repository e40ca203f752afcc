package org.smenet.consultation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The running counters say exactly what the one-pass count says, also after changes are taken back. */
class SummaryTallyTest {

    static final Instant NOW = SummaryCalculatorTest.NOW;
    static final String[] ECONOMIES = {"CL", "PE", "TH", null};
    static final String[] SECTORS = {"A", "C", null};
    static final String[] SIZES = {"MICRO", "SMALL", null};

    @Test
    void countersGiveTheSameSummaryAsTheOnePassCount() {
        Consultation consultation = SummaryCalculatorTest.consultation();
        Random random = new Random(7);
        SummaryCalculator calculator = new SummaryCalculator(consultation);
        Map<String, Long> counters = new HashMap<>();
        for (int i = 0; i < 2_000; i++) {
            SummaryCalculator.Response response = random(random);
            calculator.add(response);
            SummaryTally.counts(SummaryTally.keys(consultation, response)).forEach((k, n) -> counters.merge(k, n, Long::sum));
        }
        assertThat(SummaryTally.summary(consultation, counters, NOW)).isEqualTo(calculator.result(NOW));
    }

    @Test
    void aChangeTakenBackLeavesNoTrace() {
        Consultation consultation = SummaryCalculatorTest.consultation();
        Random random = new Random(11);
        SummaryCalculator kept = new SummaryCalculator(consultation);
        Map<String, Long> counters = new HashMap<>();
        List<SummaryCalculator.Response> withdrawn = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            SummaryCalculator.Response response = random(random);
            SummaryTally.counts(SummaryTally.keys(consultation, response)).forEach((k, n) -> counters.merge(k, n, Long::sum));
            if (i % 3 == 0) {
                withdrawn.add(response); // hidden or replaced later
            } else {
                kept.add(response);
            }
        }
        for (SummaryCalculator.Response response : withdrawn) {
            SummaryTally.keys(consultation, response).forEach(k -> counters.merge(k, -1L, Long::sum));
        }
        assertThat(SummaryTally.summary(consultation, counters, NOW)).isEqualTo(kept.result(NOW));
    }

    @Test
    void optionTextNeverBecomesAFieldName() {
        Consultation consultation = Consultation.draft("c2", "CL", "org", new Consultation.Content("T", null,
                org.smenet.contracts.consultation.PolicyArea.SPS, List.of(), List.of(), List.of(), List.of(),
                List.of(new Question("q.1", QuestionKind.SINGLE_CHOICE, "?", List.of("Yes. $Fully", "No"))),
                org.smenet.contracts.consultation.Audience.NETWORK, null, NOW.plusSeconds(60)), NOW);
        List<String> keys = SummaryTally.keys(consultation, new SummaryCalculator.Response("CL", "A", "SMALL",
                List.of(new Answer("q.1", null, List.of("Yes. $Fully"), null)), List.of()));
        assertThat(keys).allSatisfy(k -> assertThat(k).doesNotContain(".").doesNotContain("$"));
        assertThat(SummaryTally.summary(consultation, SummaryTally.counts(keys), NOW).questions().get(0).answers().get(0))
                .extracting(Summary.AnswerCount::answer, Summary.AnswerCount::count).containsExactly("Yes. $Fully", 1L);
    }

    private static SummaryCalculator.Response random(Random random) {
        List<Answer> answers = new ArrayList<>();
        if (random.nextInt(5) > 0) {
            answers.add(new Answer("q1", null, List.of(random.nextBoolean() ? "YES" : "NO"), null));
        }
        List<String> chosen = new ArrayList<>();
        for (String option : List.of("A", "B", "C")) {
            if (random.nextBoolean()) {
                chosen.add(option);
            }
        }
        if (!chosen.isEmpty()) {
            answers.add(new Answer("q2", null, chosen, null));
        }
        if (random.nextBoolean()) {
            answers.add(new Answer("q3", null, null, 1 + random.nextInt(5)));
        }
        List<Integer> comments = new ArrayList<>();
        for (int c = random.nextInt(3); c > 0; c--) {
            comments.add(1 + random.nextInt(2));
        }
        return new SummaryCalculator.Response(ECONOMIES[random.nextInt(ECONOMIES.length)],
                SECTORS[random.nextInt(SECTORS.length)], SIZES[random.nextInt(SIZES.length)], answers, comments);
    }
}
