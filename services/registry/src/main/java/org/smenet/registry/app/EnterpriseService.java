package org.smenet.registry.app;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;
import org.smenet.contracts.EventType;
import org.smenet.contracts.registry.EnterpriseStatusChanged;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.kit.authority.Authority;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.events.PendingEvent;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.IfMatch;
import org.smenet.registry.domain.Cluster;
import org.smenet.registry.domain.Enterprise;
import org.smenet.registry.domain.ProfileRules;
import org.smenet.registry.domain.RegistryAccess;
import org.smenet.registry.events.RegistryOutbox;
import org.smenet.registry.store.ClusterStore;
import org.smenet.registry.store.EnterpriseFilter;
import org.smenet.registry.store.EnterpriseStore;
import org.smenet.registry.store.EarnedCertificates;
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
    private final RegistryAccess access;
    private final Authority authority;
    private final HostedEconomies hosted;
    private final EarnedCertificates certificates;
    private final Clock clock;

    public EnterpriseService(EnterpriseStore enterprises, ClusterStore clusters, RegistryOutbox outbox,
            ReferenceData reference, RegistryAccess access, Authority authority, HostedEconomies hosted,
            EarnedCertificates certificates, Clock clock) {
        this.certificates = certificates;
        this.enterprises = enterprises;
        this.clusters = clusters;
        this.outbox = outbox;
        this.rules = new ProfileRules(new ReferenceClassifications(reference));
        this.access = access;
        this.authority = authority;
        this.hosted = hosted;
        this.clock = clock;
    }

    public RegistryAccess access() {
        return access;
    }

    /**
     * Registers the acting SME's enterprise. Several unverified claims on one registration number may
     * exist; only verification makes one of them its holder.
     */
    public Enterprise register(Actor actor, EnterpriseRequest request) {
        hosted.requireHosted(actor);
        if (!access.canRegister(actor)) {
            throw RuleViolation.forbidden("Only an SME member registers its own enterprise");
        }
        if (request.registrationNumber() == null || request.registrationNumber().isBlank()) {
            throw RuleViolation.invalid("registrationNumber", "registrationNumber is required to register");
        }
        var profile = request.toProfile();
        rules.check(profile, thisYear());
        Enterprise enterprise = Enterprise.register(UUID.randomUUID().toString(), actor.economy(),
                request.registrationNumber(), actor.org(), profile, request.toContact(), clock.instant());
        enterprises.insert(enterprise, outbox.registered(enterprise));
        return enterprise;
    }

    /** The certificates each enterprise earned (not revoked), in one query. */
    public java.util.Map<String, List<EarnedCertificates.Entry>> certificates(java.util.Collection<String> ids) {
        return certificates.of(ids);
    }

    /** Whether {@code ownerOrg} already claimed {@code registrationNumber} in {@code economy}. */
    public boolean claimed(String economy, String registrationNumber, String ownerOrg) {
        return enterprises.exists(economy, registrationNumber, ownerOrg);
    }

    public Enterprise get(Actor actor, String id) {
        Enterprise enterprise = enterprises.find(id).orElseThrow(() -> RuleViolation.notFound("Enterprise", id));
        if (!access.canSee(actor, enterprise)) {
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

    /**
     * The enterprises the actor's organisation registered in the actor's economy: an SME's own (with their
     * contact); nobody else owns an enterprise, so for any other actor the page is empty.
     */
    public Page<Enterprise> mine(Actor actor, Pageable page) {
        if (!access.canRegister(actor)) {
            return Page.empty(page);
        }
        return enterprises.ownedBy(actor.economy(), actor.org(), page);
    }

    /** Replaces the profile and contact; fields left out are cleared. Needs the version the caller read. */
    public Enterprise updateProfile(Actor actor, String id, EnterpriseRequest request, IfMatch ifMatch) {
        return change(actor, id, ifMatch, access::canEditProfile,
                "Only the enterprise itself edits its profile", before -> {
                    var profile = request.toProfile();
                    rules.check(profile, thisYear());
                    return before.withProfile(profile, request.toContact());
                }, outbox::profileUpdated);
    }

    /**
     * A designated verifier of the enterprise's economy vouches for it; it then holds its registration
     * number, which no other enterprise of the economy may hold at the same time (409).
     */
    public Enterprise verify(Actor actor, String id) {
        return status(actor, id, RegistryEvents.ENTERPRISE_VERIFIED, null, this::requireVerifier,
                e -> e.verify(actor.org(), clock.instant()));
    }

    public Enterprise suspend(Actor actor, String id, String reason) {
        return status(actor, id, RegistryEvents.ENTERPRISE_SUSPENDED, reason, this::requireVerifier,
                Enterprise::suspend);
    }

    public Enterprise reinstate(Actor actor, String id, String reason) {
        return status(actor, id, RegistryEvents.ENTERPRISE_REINSTATED, reason, this::requireVerifier,
                Enterprise::reinstate);
    }

    public Enterprise deactivate(Actor actor, String id, String reason) {
        return status(actor, id, RegistryEvents.ENTERPRISE_DEACTIVATED, reason, (a, e) -> {
            if (!access.canDeactivate(a, e)) {
                throw RuleViolation.forbidden(
                        "Only the enterprise, a designated focal point or the administrator of its economy deactivates it");
            }
        }, Enterprise::deactivate);
    }

    public Enterprise join(Actor actor, String clusterId, String enterpriseId) {
        Cluster cluster = clusters.find(clusterId).orElseThrow(() -> RuleViolation.notFound("Cluster", clusterId));
        return change(actor, enterpriseId, null, access::canChangeMembership,
                "Only the enterprise or a focal point of its economy changes its cluster memberships", before -> {
                    if (!cluster.economy().equals(before.economy())) {
                        throw RuleViolation.invalid("enterpriseId", "cluster " + clusterId + " belongs to "
                                + cluster.economy() + "; enterprise " + enterpriseId + " to " + before.economy());
                    }
                    return before.join(clusterId);
                }, (before, after) -> outbox.membershipChanged(RegistryEvents.ENTERPRISE_JOINED_CLUSTER, before,
                        after, clusterId));
    }

    public Enterprise leave(Actor actor, String clusterId, String enterpriseId) {
        return change(actor, enterpriseId, null, access::canChangeMembership,
                "Only the enterprise or a focal point of its economy changes its cluster memberships",
                before -> before.leave(clusterId),
                (before, after) -> outbox.membershipChanged(RegistryEvents.ENTERPRISE_LEFT_CLUSTER, before, after,
                        clusterId));
    }

    private void requireVerifier(Actor actor, Enterprise e) {
        authority.requireFocalPoint(actor, e.economy(), FocalPointFunction.VERIFICATION);
    }

    /** The check throws its own problem; it runs after the visibility check so others' records stay hidden. */
    private Enterprise status(Actor actor, String id, EventType<EnterpriseStatusChanged> type, String reason,
            java.util.function.BiConsumer<Actor, Enterprise> check, UnaryOperator<Enterprise> transition) {
        return change(actor, id, null, (a, e) -> {
            check.accept(a, e);
            return true;
        }, null, transition, (before, after) -> outbox.statusChanged(type, before, after, actor.org(), reason));
    }

    private Enterprise change(Actor actor, String id, IfMatch ifMatch, BiPredicate<Actor, Enterprise> allowed,
            String denial, UnaryOperator<Enterprise> transition,
            BiFunction<Enterprise, Enterprise, List<PendingEvent>> events) {
        hosted.requireHosted(actor);
        Enterprise before = get(actor, id);
        if (!allowed.test(actor, before)) {
            throw RuleViolation.forbidden(denial);
        }
        if (ifMatch != null) {
            ifMatch.check("Enterprise", id, before.version());
        }
        Enterprise after = transition.apply(before);
        try {
            enterprises.update(after, events.apply(before, after));
        } catch (DuplicateKeyException numberHeld) {
            throw RuleViolation.conflict("registration-number-held", "registrationNumber",
                    "Another verified enterprise of " + after.economy() + " holds registration number "
                            + after.registrationNumber() + "; deactivate or correct that one first");
        }
        return after;
    }

    private int thisYear() {
        return clock.instant().atZone(ZoneOffset.UTC).getYear();
    }
}
