package org.smenet.consultation.app;

import java.time.Clock;
import java.util.UUID;
import org.smenet.consultation.domain.Consultation;
import org.smenet.consultation.domain.ExpertGroup;
import org.smenet.consultation.events.ConsultationOutbox;
import org.smenet.consultation.store.ExpertGroupStore;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Expert groups per sector: formed by a government focal point; members (role EXPERT) write review notes. */
@Service
public class ExpertGroupService {

    private final ExpertGroupStore groups;
    private final ConsultationService consultations;
    private final ConsultationAccess access;
    private final ConsultationOutbox outbox;
    private final HostedEconomies hosted;
    private final ReferenceData reference;
    private final Clock clock;

    public ExpertGroupService(ExpertGroupStore groups, ConsultationService consultations, ConsultationAccess access,
            ConsultationOutbox outbox, HostedEconomies hosted, ReferenceData reference, Clock clock) {
        this.groups = groups;
        this.consultations = consultations;
        this.access = access;
        this.outbox = outbox;
        this.hosted = hosted;
        this.reference = reference;
        this.clock = clock;
    }

    public ExpertGroup form(Actor actor, ModerationRequests.ExpertGroupRequest request) {
        access.requireGovernmentFocalPoint(actor, actor.economy());
        if (!reference.isIsicCode(request.sectorIsic())) {
            throw RuleViolation.invalid("sectorIsic", request.sectorIsic() + " is not an ISIC Rev.4 code");
        }
        ExpertGroup group = new ExpertGroup(UUID.randomUUID().toString(), 1, actor.economy(), request.name().strip(),
                request.sectorIsic(), request.members().stream().distinct().toList(), actor.org(), null,
                clock.instant());
        groups.insert(group, outbox.formed(group));
        return group;
    }

    public ExpertGroup review(Actor actor, String groupId, ModerationRequests.ReviewRequest request) {
        hosted.requireHosted(actor);
        ExpertGroup group = get(groupId);
        if (!actor.has(Role.EXPERT) || !actor.actsFor(group.economy()) || !group.isMember(actor.org())) {
            throw new RuleViolation("not-a-member", org.springframework.http.HttpStatus.FORBIDDEN, null,
                    "Only members of expert group " + groupId + " (role EXPERT) write its review notes");
        }
        Consultation consultation = consultations.visible(actor, request.consultationId());
        ExpertGroup changed = group.review(consultation, actor.org(), request.note().strip(), clock.instant());
        groups.update(changed, outbox.reviewed(changed, changed.reviews().get(changed.reviews().size() - 1)));
        return changed;
    }

    public ExpertGroup get(String id) {
        return groups.find(id).orElseThrow(() -> RuleViolation.notFound("Expert group", id));
    }

    public Page<ExpertGroup> list(String economy, Pageable page) {
        return groups.list(economy, page);
    }
}
