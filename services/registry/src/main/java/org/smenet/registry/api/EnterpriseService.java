package org.smenet.registry.api;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;
import org.smenet.contracts.EventType;
import org.smenet.contracts.registry.EnterpriseStatusChanged;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.security.Actor;
import org.smenet.registry.domain.Cluster;
import org.smenet.registry.domain.Enterprise;
import org.smenet.registry.domain.ProfileRules;
import org.smenet.registry.domain.RegistryAccess;
import org.smenet.registry.events.RegistryOutbox;
import org.smenet.registry.store.ClusterStore;
import org.smenet.registry.store.EnterpriseFilter;
import org.smenet.registry.store.EnterpriseStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The enterprise use cases: check access, apply the domain rule, store state and events together. */
@Service
public class EnterpriseService {

    private final EnterpriseStore enterprises;
    private final ClusterStore clusters;
    private final RegistryOutbox outbox;
    private final ProfileRules rules;
    private final Clock clock;

    public EnterpriseService(EnterpriseStore enterprises, ClusterStore clusters, RegistryOutbox outbox,
            ReferenceData reference, Clock clock) {
        this.enterprises = enterprises;
        this.clusters = clusters;
        this.outbox = outbox;
        this.rules = new ProfileRules(new ReferenceClassifications(reference));
        this.clock = clock;
    }

    public Enterprise register(Actor actor, EnterpriseRequest request) {
        if (!RegistryAccess.canRegister(actor)) {
            throw RuleViolation.forbidden("Only an SME member registers its own enterprise");
        }
        if (request.registrationNumber() == null || request.registrationNumber().isBlank()) {
            throw RuleViolation.invalid("registrationNumber", "registrationNumber is required to register");
        }
        var profile = request.toProfile();
        rules.check(profile, clock.instant().atZone(java.time.ZoneOffset.UTC).getYear());
        Enterprise enterprise = Enterprise.register(UUID.randomUUID().toString(), actor.economy(),
                request.registrationNumber(), actor.org(), profile, request.toContact(), clock.instant());
        try {
            enterprises.insert(enterprise, outbox.registered(enterprise));
        } catch (DuplicateKeyException e) {
            throw RuleViolation.conflict("duplicate-registration-number", "registrationNumber",
                    "An enterprise with registration number " + request.registrationNumber() + " is already registered in "
                            + actor.economy());
        }
        return enterprise;
    }

    public Enterprise get(Actor actor, String id) {
        Enterprise enterprise = enterprises.find(id).orElseThrow(() -> RuleViolation.notFound("Enterprise", id));
        if (!RegistryAccess.canSee(actor, enterprise)) {
            throw RuleViolation.notFound("Enterprise", id);
        }
        return enterprise;
    }

    /**
     * Lists enterprises of one economy (the actor's own when none is named): in full for the actor's own
     * economy, only network-public profiles of another.
     */
    public Page<Enterprise> search(Actor actor, EnterpriseFilter filter, Pageable page) {
        String economy = filter.economy() == null ? actor.economy() : filter.economy();
        return enterprises.search(new EnterpriseFilter(economy, filter.isic(), filter.hs(), filter.cooperation(),
                filter.cluster(), filter.verified(), filter.nameContains(), !actor.actsFor(economy)), page);
    }

    public Enterprise updateProfile(Actor actor, String id, EnterpriseRequest request, Long expectedVersion) {
        return change(actor, id, expectedVersion, RegistryAccess::canEditProfile,
                "Only the enterprise itself edits its profile", before -> {
                    var profile = request.toProfile();
                    rules.check(profile, clock.instant().atZone(java.time.ZoneOffset.UTC).getYear());
                    return before.withProfile(profile, request.toContact());
                }, (before, after) -> outbox.profileUpdated(before, after));
    }

    public Enterprise verify(Actor actor, String id) {
        return status(actor, id, RegistryEvents.ENTERPRISE_VERIFIED, null, RegistryAccess::canModerate,
                "Only a focal point of the enterprise's economy verifies it", e -> e.verify(actor.org(), clock.instant()));
    }

    public Enterprise suspend(Actor actor, String id, String reason) {
        return status(actor, id, RegistryEvents.ENTERPRISE_SUSPENDED, reason, RegistryAccess::canModerate,
                "Only a focal point of the enterprise's economy suspends it", Enterprise::suspend);
    }

    public Enterprise reinstate(Actor actor, String id, String reason) {
        return status(actor, id, RegistryEvents.ENTERPRISE_REINSTATED, reason, RegistryAccess::canModerate,
                "Only a focal point of the enterprise's economy reinstates it", Enterprise::reinstate);
    }

    public Enterprise deactivate(Actor actor, String id, String reason) {
        return status(actor, id, RegistryEvents.ENTERPRISE_DEACTIVATED, reason, RegistryAccess::canDeactivate,
                "Only the enterprise, a focal point or the administrator of its economy deactivates it",
                Enterprise::deactivate);
    }

    public Enterprise join(Actor actor, String clusterId, String enterpriseId) {
        Cluster cluster = clusters.find(clusterId).orElseThrow(() -> RuleViolation.notFound("Cluster", clusterId));
        return change(actor, enterpriseId, null, RegistryAccess::canChangeMembership,
                "Only the enterprise or a focal point of its economy changes its cluster memberships", before -> {
                    if (!cluster.economy().equals(before.economy())) {
                        throw RuleViolation.invalid("enterpriseId", "cluster " + clusterId + " belongs to "
                                + cluster.economy() + "; enterprise " + enterpriseId + " to " + before.economy());
                    }
                    return before.join(clusterId);
                }, (before, after) -> outbox.membershipChanged(RegistryEvents.ENTERPRISE_JOINED_CLUSTER, before, after,
                        clusterId));
    }

    public Enterprise leave(Actor actor, String clusterId, String enterpriseId) {
        return change(actor, enterpriseId, null, RegistryAccess::canChangeMembership,
                "Only the enterprise or a focal point of its economy changes its cluster memberships",
                before -> before.leave(clusterId),
                (before, after) -> outbox.membershipChanged(RegistryEvents.ENTERPRISE_LEFT_CLUSTER, before, after,
                        clusterId));
    }

    private Enterprise status(Actor actor, String id, EventType<EnterpriseStatusChanged> type, String reason,
            BiPredicate<Actor, Enterprise> allowed, String denial, UnaryOperator<Enterprise> transition) {
        return change(actor, id, null, allowed, denial, transition,
                (before, after) -> outbox.statusChanged(type, before, after, actor.org(), reason));
    }

    private Enterprise change(Actor actor, String id, Long expectedVersion, BiPredicate<Actor, Enterprise> allowed,
            String denial, UnaryOperator<Enterprise> transition,
            java.util.function.BiFunction<Enterprise, Enterprise, List<org.smenet.kit.events.PendingEvent>> events) {
        Enterprise before = get(actor, id);
        if (!allowed.test(actor, before)) {
            throw RuleViolation.forbidden(denial);
        }
        if (expectedVersion != null && expectedVersion != before.version()) {
            throw RuleViolation.conflict("stale-version", "version", "enterprise " + id + " is at version "
                    + before.version() + ", not " + expectedVersion);
        }
        Enterprise after = transition.apply(before);
        enterprises.update(after, events.apply(before, after));
        return after;
    }

}
