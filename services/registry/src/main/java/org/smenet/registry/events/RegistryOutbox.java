package org.smenet.registry.events;

import java.util.ArrayList;
import java.util.List;
import org.smenet.contracts.EventType;
import org.smenet.contracts.registry.ClusterFormed;
import org.smenet.contracts.registry.ClusterMembershipChanged;
import org.smenet.contracts.registry.EnterpriseProfileUpdated;
import org.smenet.contracts.registry.EnterpriseRegistered;
import org.smenet.contracts.registry.EnterpriseStatusChanged;
import org.smenet.contracts.registry.FocalPointDesignated;
import org.smenet.contracts.registry.FocalPointRevoked;
import org.smenet.contracts.registry.PublicEnterpriseProfile;
import org.smenet.contracts.registry.PublicEnterpriseWithdrawn;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.events.PendingEvent;
import org.smenet.registry.domain.Cluster;
import org.smenet.registry.domain.Enterprise;
import org.smenet.registry.domain.FocalPoint;
import org.springframework.stereotype.Component;

/**
 * Says which events each registry change causes. An enterprise change also maintains the network-public
 * projection: published while the enterprise is verified and public, withdrawn when it stops being so.
 */
@Component
public class RegistryOutbox {

    private final EventRecorder recorder;

    public RegistryOutbox(EventRecorder recorder) {
        this.recorder = recorder;
    }

    public List<PendingEvent> registered(Enterprise e) {
        return List.of(recorder.record(RegistryEvents.ENTERPRISE_REGISTERED, e.id(), e.economy(), e.version(),
                new EnterpriseRegistered(e.id(), e.economy(), e.registrationNumber(), e.ownerOrg(), e.profile(),
                        e.registeredAt())));
    }

    public List<PendingEvent> profileUpdated(Enterprise before, Enterprise after) {
        List<PendingEvent> events = new ArrayList<>();
        events.add(recorder.record(RegistryEvents.ENTERPRISE_PROFILE_UPDATED, after.id(), after.economy(),
                after.version(), new EnterpriseProfileUpdated(after.id(), after.economy(), after.profile(),
                        recorder.now())));
        events.addAll(publicProjection(before, after));
        return events;
    }

    public List<PendingEvent> statusChanged(EventType<EnterpriseStatusChanged> type, Enterprise before,
            Enterprise after, String actorOrg, String reason) {
        List<PendingEvent> events = new ArrayList<>();
        events.add(recorder.record(type, after.id(), after.economy(), after.version(), new EnterpriseStatusChanged(
                after.id(), after.economy(), after.status().name(), actorOrg, reason, recorder.now())));
        events.addAll(publicProjection(before, after));
        return events;
    }

    public List<PendingEvent> membershipChanged(EventType<ClusterMembershipChanged> type, Enterprise before,
            Enterprise after, String clusterId) {
        List<PendingEvent> events = new ArrayList<>();
        // An enterprise event: subject (and key) is the enterprise, whose version is the sequence.
        events.add(recorder.record(type, after.id(), after.economy(), after.version(),
                new ClusterMembershipChanged(clusterId, after.economy(), after.id(), recorder.now())));
        events.addAll(publicProjection(before, after));
        return events;
    }

    public List<PendingEvent> designated(FocalPoint f) {
        return List.of(recorder.record(RegistryEvents.FOCAL_POINT_DESIGNATED, f.id(), f.economy(), f.version(),
                new FocalPointDesignated(f.id(), f.economy(), f.name(), f.kind(), f.functions(), f.org(), f.website(),
                        f.designatedAt())));
    }

    public List<PendingEvent> revoked(FocalPoint f, String reason) {
        return List.of(recorder.record(RegistryEvents.FOCAL_POINT_REVOKED, f.id(), f.economy(), f.version(),
                new FocalPointRevoked(f.id(), f.economy(), reason, f.revokedAt())));
    }

    public List<PendingEvent> formed(Cluster c) {
        return List.of(recorder.record(RegistryEvents.CLUSTER_FORMED, c.id(), c.economy(), c.version(),
                new ClusterFormed(c.id(), c.economy(), c.name(), c.sectorIsic(), c.region(),
                        c.coordinatorFocalPointId(), c.formedAt())));
    }

    private List<PendingEvent> publicProjection(Enterprise before, Enterprise after) {
        if (after.networkPublic()) {
            return List.of(recorder.record(RegistryEvents.PUBLIC_ENTERPRISE_PUBLISHED, after.id(), after.economy(),
                    after.version(), new PublicEnterpriseProfile(after.id(), after.economy(), after.profile(),
                            after.clusters(), after.verifiedAt(), recorder.now())));
        }
        if (before != null && before.networkPublic()) {
            return List.of(recorder.record(RegistryEvents.PUBLIC_ENTERPRISE_WITHDRAWN, after.id(), after.economy(),
                    after.version(), new PublicEnterpriseWithdrawn(after.id(), after.economy(), recorder.now())));
        }
        return List.of();
    }
}
