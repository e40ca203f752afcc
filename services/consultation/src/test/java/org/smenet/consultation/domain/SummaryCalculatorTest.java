package org.smenet.consultation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.consultation.Audience;
import org.smenet.contracts.consultation.ConsultationStatus;
import org.smenet.contracts.consultation.PolicyArea;

class SummaryCalculatorTest {

    static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    static Consultation consultation() {
        return Consultation.draft("c1", "CL", "org-gov", new Consultation.Content("T", null, PolicyArea.SPS, List.of(),
                List.of(), List.of(), List.of(new Section(1, "Scope", ""), new Section(2, "Rules", "")),
                List.of(new Question("q1", QuestionKind.SINGLE_CHOICE, "Agree?", List.of("YES", "NO")),
                        new Question("q2", QuestionKind.MULTIPLE_CHOICE, "Where?", List.of("A", "B", "C")),
                        new Question("q3", QuestionKind.AGREEMENT_SCALE, "Scale", List.of())),
                Audience.NETWORK, null, NOW.plusSeconds(86_400)), NOW);
    }

    @Test
    void countsSharesAndBreakdownsInOnePass() {
        SummaryCalculator calc = new SummaryCalculator(consultation());
        calc.add(new SummaryCalculator.Response("CL", "A", "SMALL", List.of(new Answer("q1", null, List.of("YES"), null),
                new Answer("q2", null, List.of("A", "B"), null), new Answer("q3", null, null, 5)), List.of(2, 2)));
        calc.add(new SummaryCalculator.Response("PE", "C", "MICRO", List.of(new Answer("q1", null, List.of("NO"), null),
                new Answer("q2", null, List.of("A"), null)), List.of(1)));
        calc.add(new SummaryCalculator.Response("CL", null, null, List.of(new Answer("q1", null, List.of("YES"), null)),
                List.of()));
        Summary s = calc.result(NOW);

        assertThat(s.submissions()).isEqualTo(3);
        assertThat(s.respondents().byEconomy()).isEqualTo(Map.of("CL", 2L, "PE", 1L));
        assertThat(s.respondents().bySector()).isEqualTo(Map.of("A", 1L, "C", 1L, Summary.UNKNOWN, 1L));
        Summary.QuestionSummary q1 = s.questions().get(0);
        assertThat(q1.answered()).isEqualTo(3);
        assertThat(q1.answers().get(0).count()).isEqualTo(2);
        assertThat(q1.answers().get(0).share()).isEqualTo(0.6667);
        assertThat(q1.answers().get(0).breakdown().bySize()).isEqualTo(Map.of("SMALL", 1L, Summary.UNKNOWN, 1L));
        Summary.QuestionSummary q2 = s.questions().get(1);
        assertThat(q2.answers()).extracting(Summary.AnswerCount::count).containsExactly(2L, 1L, 0L);
        assertThat(q2.answers()).extracting(Summary.AnswerCount::share).containsExactly(1.0, 0.5, 0.0);
        assertThat(s.questions().get(2).answers()).extracting(Summary.AnswerCount::answer)
                .containsExactly("1", "2", "3", "4", "5");
        assertThat(s.mostCommentedSections()).extracting(Summary.SectionComments::section).containsExactly(2, 1);
    }

    @Test
    void csvQuotesAndDefusesFormulas() {
        assertThat(SummaryCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(SummaryCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(SummaryCsv.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    }

    @Test
    void lifecycleRunsDraftOpenClosedSummarisedPublished() {
        Consultation c = consultation().open(NOW);
        assertThat(c.status()).isEqualTo(ConsultationStatus.OPEN);
        assertThat(c.dueToClose(NOW)).isFalse();
        assertThat(c.dueToClose(NOW.plusSeconds(86_400))).isTrue();
        Consultation published = c.close().summarise("note").publish(new SummaryCalculator(c).result(NOW), NOW);
        assertThat(published.status()).isEqualTo(ConsultationStatus.PUBLISHED);
        assertThat(published.version()).isEqualTo(5);
        assertThatThrownBy(() -> published.summarise("again")).isInstanceOf(LifecycleViolation.class)
                .extracting(e -> ((LifecycleViolation) e).kind()).isEqualTo("summary-frozen");
        assertThatThrownBy(() -> consultation().close()).isInstanceOf(LifecycleViolation.class);
    }
}
