package org.smenet.consultation.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smenet.contracts.consultation.Audience;
import org.smenet.contracts.consultation.ConsultationStatus;
import org.smenet.contracts.consultation.PolicyArea;
import org.smenet.kit.events.Versioned;

/**
 * A policy consultation opened by a government focal point of one economy: a document in numbered
 * sections, questions, who may respond, and its lifecycle draft → open → closed (at {@code closesAt})
 * → summarised → published. The summary is frozen into the aggregate at publication.
 */
public record Consultation(
        String id,
        long version,
        String economy,
        String openingOrg,
        String title,
        String summary,
        PolicyArea policyArea,
        List<String> hsCodes,
        List<String> isicCodes,
        List<String> economiesConcerned,
        List<Section> sections,
        List<Question> questions,
        Audience audience,
        Instant opensAt,
        Instant closesAt,
        ConsultationStatus status,
        Instant createdAt,
        String outcome,
        Summary frozenSummary,
        Instant publishedAt) implements Versioned {

    public Consultation {
        hsCodes = hsCodes == null ? List.of() : List.copyOf(hsCodes);
        isicCodes = isicCodes == null ? List.of() : List.copyOf(isicCodes);
        economiesConcerned = economiesConcerned == null ? List.of() : List.copyOf(economiesConcerned);
        sections = sections == null ? List.of() : List.copyOf(sections);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** A new draft; its content must be well formed (numbered sections, questions with fitting options). */
    public static Consultation draft(String id, String economy, String openingOrg, Content content, Instant now) {
        content.check(now);
        return new Consultation(id, 1, economy, openingOrg, content.title(), content.summary(), content.policyArea(),
                content.hsCodes(), content.isicCodes(), content.economiesConcerned(), content.sections(),
                content.questions(), content.audience(), content.opensAt(), content.closesAt(),
                ConsultationStatus.DRAFT, now, null, null, null);
    }

    /** What the focal point writes in a draft. */
    public record Content(String title, String summary, PolicyArea policyArea, List<String> hsCodes,
            List<String> isicCodes, List<String> economiesConcerned, List<Section> sections,
            List<Question> questions, Audience audience, Instant opensAt, Instant closesAt) {

        void check(Instant now) {
            if (closesAt == null || !closesAt.isAfter(now)) {
                throw new InvalidInput("closesAt", "closesAt must lie in the future");
            }
            if (opensAt != null && !closesAt.isAfter(opensAt)) {
                throw new InvalidInput("closesAt", "closesAt must come after opensAt");
            }
            for (int i = 0; i < sections.size(); i++) {
                if (sections.get(i).number() != i + 1) {
                    throw new InvalidInput("sections[" + i + "].number",
                            "sections are numbered 1, 2, 3… in order; expected " + (i + 1));
                }
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < questions.size(); i++) {
                Question q = questions.get(i);
                if (!ids.add(q.id())) {
                    throw new InvalidInput("questions[" + i + "].id", "question id " + q.id() + " is used twice");
                }
                List<String> options = q.options() == null ? List.of() : q.options();
                boolean choice = q.kind() == QuestionKind.SINGLE_CHOICE || q.kind() == QuestionKind.MULTIPLE_CHOICE;
                if (choice && (options.size() < 2 || new HashSet<>(options).size() != options.size())) {
                    throw new InvalidInput("questions[" + i + "].options",
                            "a choice question needs at least two distinct options");
                }
                if (!choice && !options.isEmpty()) {
                    throw new InvalidInput("questions[" + i + "].options",
                            q.kind() + " questions take no options");
                }
            }
        }
    }

    public Consultation replaceDraft(Content content, Instant now) {
        requireStatus("not-a-draft", "only a draft can be edited", ConsultationStatus.DRAFT);
        content.check(now);
        return new Consultation(id, version + 1, economy, openingOrg, content.title(), content.summary(),
                content.policyArea(), content.hsCodes(), content.isicCodes(), content.economiesConcerned(),
                content.sections(), content.questions(), content.audience(), content.opensAt(), content.closesAt(),
                status, createdAt, outcome, frozenSummary, publishedAt);
    }

    public Consultation open(Instant now) {
        requireStatus("not-a-draft", "only a draft can be opened", ConsultationStatus.DRAFT);
        if (!closesAt.isAfter(now)) {
            throw new LifecycleViolation("closing-date-passed", "the closing date " + closesAt + " has passed");
        }
        if (questions.isEmpty()) {
            throw new LifecycleViolation("no-questions", "a consultation opens with at least one question");
        }
        return with(ConsultationStatus.OPEN, now, outcome, frozenSummary, publishedAt);
    }

    /** Due for automatic closing at {@code now}. */
    public boolean dueToClose(Instant now) {
        return status == ConsultationStatus.OPEN && !closesAt.isAfter(now);
    }

    public Consultation close() {
        requireStatus("not-open", "only an open consultation closes", ConsultationStatus.OPEN);
        return with(ConsultationStatus.CLOSED, opensAt, outcome, frozenSummary, publishedAt);
    }

    public Consultation summarise(String outcomeNote) {
        if (status == ConsultationStatus.PUBLISHED) {
            throw new LifecycleViolation("summary-frozen", "the outcome is published; its summary is frozen");
        }
        requireStatus("not-closed", "a consultation is summarised once closed", ConsultationStatus.CLOSED,
                ConsultationStatus.SUMMARISED);
        return with(ConsultationStatus.SUMMARISED, opensAt, outcomeNote, null, publishedAt);
    }

    public Consultation publish(Summary summary, Instant now) {
        if (status == ConsultationStatus.PUBLISHED) {
            throw new LifecycleViolation("summary-frozen", "the outcome is already published");
        }
        requireStatus("not-summarised", "the outcome is published once summarised", ConsultationStatus.SUMMARISED);
        return with(ConsultationStatus.PUBLISHED, opensAt, outcome, summary, now);
    }

    /** Open and before its closing date: submissions are taken and edited. */
    public boolean acceptsSubmissions(Instant now) {
        return status == ConsultationStatus.OPEN && closesAt.isAfter(now);
    }

    public boolean mayRespondFrom(String respondentEconomy) {
        return audience == Audience.NETWORK || economy.equals(respondentEconomy);
    }

    public boolean networkVisible() {
        return audience == Audience.NETWORK && status != ConsultationStatus.DRAFT;
    }

    public Question question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst().orElse(null);
    }

    public boolean hasSection(int number) {
        return number >= 1 && number <= sections.size();
    }

    private void requireStatus(String kind, String detail, ConsultationStatus... allowed) {
        for (ConsultationStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new LifecycleViolation(kind, "consultation " + id + " is " + status + ": " + detail);
    }

    private Consultation with(ConsultationStatus next, Instant opened, String outcomeNote, Summary summary,
            Instant published) {
        return new Consultation(id, version + 1, economy, openingOrg, title, this.summary, policyArea, hsCodes,
                isicCodes, economiesConcerned, sections, questions, audience, opened, closesAt, next, createdAt,
                outcomeNote, summary, published);
    }
}
