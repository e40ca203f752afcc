package org.smenet.registry.api;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.security.Actor;
import org.smenet.registry.domain.Cluster;
import org.smenet.registry.domain.FocalPoint;
import org.smenet.registry.domain.RegistryAccess;
import org.smenet.registry.events.RegistryOutbox;
import org.smenet.registry.store.ClusterStore;
import org.smenet.registry.store.FocalPointStore;
import org.springframework.stereotype.Service;

/** Focal points and clusters: designated and formed by the institutions of one economy. */
@Service
public class FocalPointService {

    private final FocalPointStore focalPoints;
    private final ClusterStore clusters;
    private final RegistryOutbox outbox;
    private final ReferenceData reference;
    private final Clock clock;

    public FocalPointService(FocalPointStore focalPoints, ClusterStore clusters, RegistryOutbox outbox,
            ReferenceData reference, Clock clock) {
        this.focalPoints = focalPoints;
        this.clusters = clusters;
        this.outbox = outbox;
        this.reference = reference;
        this.clock = clock;
    }

    public FocalPoint designate(Actor actor, FocalPointRequest request) {
        return designate(actor, UUID.randomUUID().toString(), request);
    }

    public FocalPoint designate(Actor actor, String id, FocalPointRequest request) {
        if (!RegistryAccess.canDesignateFocalPoints(actor)) {
            throw RuleViolation.forbidden("Only the economy administrator designates focal points");
        }
        List<FocalPoint.ContactPerson> contacts = request.contacts() == null ? List.of()
                : request.contacts().stream()
                        .map(c -> new FocalPoint.ContactPerson(c.name(), c.role(), c.email(), c.phone())).toList();
        FocalPoint focalPoint = new FocalPoint(id, 1, actor.economy(), request.name().strip(),
                request.kind(), List.copyOf(request.functions()), request.org(), request.website(), contacts, true,
                clock.instant(), null);
        focalPoints.insert(focalPoint, outbox.designated(focalPoint));
        return focalPoint;
    }

    public FocalPoint get(String id) {
        return focalPoints.find(id).orElseThrow(() -> RuleViolation.notFound("Focal point", id));
    }

    public FocalPoint revoke(Actor actor, String id, String reason) {
        FocalPoint focalPoint = get(id);
        if (!RegistryAccess.canDesignateFocalPoints(actor) || !actor.actsFor(focalPoint.economy())) {
            throw RuleViolation.forbidden("Only the administrator of the focal point's economy revokes it");
        }
        FocalPoint revoked = focalPoint.revoke(clock.instant());
        focalPoints.update(revoked, outbox.revoked(revoked, reason));
        return revoked;
    }

    public Cluster form(Actor actor, ClusterRequest request) {
        return form(actor, UUID.randomUUID().toString(), request);
    }

    public Cluster form(Actor actor, String id, ClusterRequest request) {
        if (!RegistryAccess.canFormClusters(actor)) {
            throw RuleViolation.forbidden("Only a focal point or the economy administrator forms clusters");
        }
        if (!reference.isIsicCode(request.sectorIsic())) {
            throw RuleViolation.invalid("sectorIsic", request.sectorIsic() + " is not an ISIC Rev.4 code");
        }
        FocalPoint coordinator = focalPoints.find(request.coordinatorFocalPointId())
                .filter(f -> f.active() && f.economy().equals(actor.economy()))
                .orElseThrow(() -> RuleViolation.invalid("coordinatorFocalPointId",
                        "no active focal point " + request.coordinatorFocalPointId() + " in " + actor.economy()));
        Cluster cluster = new Cluster(id, 1, actor.economy(), request.name().strip(),
                request.sectorIsic(), request.region(), coordinator.id(), request.description(), clock.instant());
        clusters.insert(cluster, outbox.formed(cluster));
        return cluster;
    }

    public Cluster cluster(String id) {
        return clusters.find(id).orElseThrow(() -> RuleViolation.notFound("Cluster", id));
    }
}
