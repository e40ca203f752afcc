package org.smenet.registry.app;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.security.Actor;
import org.smenet.registry.domain.FocalPoint;
import org.smenet.registry.domain.RegistryAccess;
import org.smenet.registry.events.RegistryOutbox;
import org.smenet.registry.store.FocalPointStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Focal points: designated and revoked by the administrator of a hosted economy. */
@Service
public class FocalPointService {

    private final FocalPointStore focalPoints;
    private final RegistryOutbox outbox;
    private final RegistryAccess access;
    private final HostedEconomies hosted;
    private final Clock clock;

    public FocalPointService(FocalPointStore focalPoints, RegistryOutbox outbox, RegistryAccess access,
            HostedEconomies hosted, Clock clock) {
        this.focalPoints = focalPoints;
        this.outbox = outbox;
        this.access = access;
        this.hosted = hosted;
        this.clock = clock;
    }

    public RegistryAccess access() {
        return access;
    }

    public FocalPoint designate(Actor actor, FocalPointRequest request) {
        return designate(actor, UUID.randomUUID().toString(), request);
    }

    public FocalPoint designate(Actor actor, String id, FocalPointRequest request) {
        hosted.requireHosted(actor);
        if (!access.canDesignateFocalPoints(actor)) {
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

    public boolean exists(String id) {
        return focalPoints.find(id).isPresent();
    }

    public Page<FocalPoint> list(String economy, Boolean active, Pageable page) {
        return focalPoints.list(economy, active, page);
    }

    public FocalPoint revoke(Actor actor, String id, String reason) {
        hosted.requireHosted(actor);
        FocalPoint focalPoint = get(id);
        if (!access.canDesignateFocalPoints(actor) || !actor.actsFor(focalPoint.economy())) {
            throw RuleViolation.forbidden("Only the administrator of the focal point's economy revokes it");
        }
        FocalPoint revoked = focalPoint.revoke(clock.instant());
        focalPoints.update(revoked, outbox.revoked(revoked, reason));
        return revoked;
    }
}
