package org.smenet.consultation.app;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.smenet.consultation.domain.Consultation;
import org.smenet.consultation.domain.Question;
import org.smenet.consultation.domain.Section;
import org.smenet.consultation.events.ConsultationOutbox;
import org.smenet.consultation.store.ConsultationStore;
import org.smenet.consultation.store.EnterpriseDirectory;
import org.smenet.contracts.consultation.AffectedEnterprise;
import org.smenet.contracts.consultation.Audience;
import org.smenet.contracts.consultation.ConsultationEvents;
import org.smenet.contracts.consultation.ConsultationStatus;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.IfMatch;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Consultations: drafted, edited and opened by a government focal point; closed by the clock; summarised and published. */
@Service
public class ConsultationService {

    private final ConsultationStore consultations;
    private final EnterpriseDirectory enterprises;
    private final ConsultationOutbox outbox;
    private final ConsultationAccess access;
    private final SummaryService summaries;
    private final ReferenceData reference;
    private final Clock clock;

    public ConsultationService(ConsultationStore consultations, EnterpriseDirectory enterprises,
            ConsultationOutbox outbox, ConsultationAccess access, SummaryService summaries, ReferenceData reference,
            Clock clock) {
        this.consultations = consultations;
        this.enterprises = enterprises;
        this.outbox = outbox;
        this.access = access;
        this.summaries = summaries;
        this.reference = reference;
        this.clock = clock;
    }

    public Consultation draft(Actor actor, ConsultationRequest request) {
        access.requireGovernmentFocalPoint(actor, actor.economy());
        Consultation draft = Consultation.draft(UUID.randomUUID().toString(), actor.economy(), actor.org(),
                content(request), clock.instant());
        consultations.insert(draft, outbox.changed(ConsultationEvents.CONSULTATION_DRAFTED, draft));
        return draft;
    }

    public Consultation replace(Actor actor, String id, IfMatch ifMatch, ConsultationRequest request) {
        Consultation current = visible(actor, id);
        access.requireOpeningFocalPoint(actor, current);
        ifMatch.check("Consultation", id, current.version());
        Consultation changed = current.replaceDraft(content(request), clock.instant());
        consultations.update(changed, outbox.changed(ConsultationEvents.CONSULTATION_UPDATED, changed));
        return changed;
    }

    /**
     * Opens a draft; in the same write, names the enterprises its codes affect (from the read model of
     * the registry's events) so notifications can reach them.
     */
    public Consultation open(Actor actor, String id) {
        Consultation current = visible(actor, id);
        access.requireOpeningFocalPoint(actor, current);
        Consultation opened = current.open(clock.instant());
        List<String> economies = !opened.economiesConcerned().isEmpty() ? opened.economiesConcerned()
                : opened.audience() == Audience.NETWORK ? reference.economies().keySet().stream().toList()
                : List.of(opened.economy());
        List<AffectedEnterprise> affected = enterprises.affected(opened.hsCodes(), opened.isicCodes(), economies);
        consultations.update(opened, outbox.opened(opened, affected));
        return opened;
    }

    public Consultation summarise(Actor actor, String id, String outcome) {
        Consultation current = visible(actor, id);
        access.requireOpeningFocalPoint(actor, current);
        Consultation summarised = current.summarise(outcome.strip());
        consultations.update(summarised, outbox.changed(ConsultationEvents.CONSULTATION_SUMMARISED, summarised));
        return summarised;
    }

    /** Publishes the outcome: the summary is computed one last time and frozen into the consultation. */
    public Consultation publish(Actor actor, String id) {
        Consultation current = visible(actor, id);
        access.requireOpeningFocalPoint(actor, current);
        if (current.status() != ConsultationStatus.SUMMARISED) {
            current.publish(null, clock.instant()); // throws the lifecycle problem
        }
        Consultation published = current.publish(summaries.compute(current), clock.instant());
        consultations.update(published, outbox.changed(ConsultationEvents.CONSULTATION_OUTCOME_PUBLISHED, published));
        return published;
    }

    /**
     * Closes the open consultations whose date has come. Each is one conditional write (still at the
     * version read, so still open) carrying its event: when replicas race, one wins and the others skip.
     */
    public int closeDue() {
        int closed = 0;
        for (Consultation due : consultations.dueToClose(clock.instant(), 100)) {
            Consultation changed = due.close();
            try {
                consultations.update(changed, outbox.changed(ConsultationEvents.CONSULTATION_CLOSED, changed));
                closed++;
            } catch (OptimisticLockingFailureException anotherReplicaWasFirst) {
                // closed (or changed) meanwhile; the next sweep sees its new state
            }
        }
        return closed;
    }

    /**
     * The summary as the actor may read it: once published, the frozen one for everyone who sees the
     * consultation; before, generated on demand for the opening focal point only.
     */
    public org.smenet.consultation.domain.Summary summary(Actor actor, String id) {
        Consultation consultation = visible(actor, id);
        if (consultation.status() != ConsultationStatus.PUBLISHED) {
            access.requireOpeningFocalPoint(actor, consultation);
        }
        return summaries.current(consultation);
    }

    /** The consultation if the actor may see it; 404 otherwise (its existence is not disclosed). */
    public Consultation visible(Actor actor, String id) {
        Consultation consultation = consultations.find(id).orElseThrow(() -> RuleViolation.notFound("Consultation", id));
        if (!access.canSee(actor, consultation)) {
            throw RuleViolation.notFound("Consultation", id);
        }
        return consultation;
    }

    public Page<Consultation> list(Actor actor, ConsultationStatus status, String economy, Pageable page) {
        String draftsOf = access.isGovernmentFocalPoint(actor, actor.economy()) ? actor.economy() : null;
        return consultations.visible(actor.economy(), draftsOf, status, economy, page);
    }

    private Consultation.Content content(ConsultationRequest r) {
        List<String> hs = ConsultationAccess.orEmpty(r.hsCodes());
        List<String> isic = ConsultationAccess.orEmpty(r.isicCodes());
        List<String> economies = ConsultationAccess.orEmpty(r.economiesConcerned());
        for (int i = 0; i < hs.size(); i++) {
            if (!reference.isHsCode(hs.get(i))) {
                throw RuleViolation.invalid("hsCodes[" + i + "]", hs.get(i) + " is not an HS 2022 code");
            }
        }
        for (int i = 0; i < isic.size(); i++) {
            if (!reference.isIsicCode(isic.get(i))) {
                throw RuleViolation.invalid("isicCodes[" + i + "]", isic.get(i) + " is not an ISIC Rev.4 code");
            }
        }
        for (int i = 0; i < economies.size(); i++) {
            if (!reference.isApecEconomy(economies.get(i))) {
                throw RuleViolation.invalid("economiesConcerned[" + i + "]", economies.get(i)
                        + " is not an APEC economy");
            }
        }
        List<Section> sections = r.sections().stream()
                .map(s -> new Section(s.number(), s.heading().strip(), s.text())).toList();
        List<Question> questions = r.questions().stream()
                .map(q -> new Question(q.id(), q.kind(), q.text().strip(), ConsultationAccess.orEmpty(q.options())))
                .toList();
        return new Consultation.Content(r.title().strip(), r.summary(), r.policyArea(), hs, isic, economies, sections,
                questions, r.audience(), r.opensAt(), r.closesAt());
    }
}
