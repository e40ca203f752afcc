package org.smenet.contracts.registry;

import java.util.List;
import org.smenet.contracts.EventType;

/** Every event the registry publishes, with its topic and schema. */
public final class RegistryEvents {

    public static final String ENTERPRISE_TOPIC = "smenet.registry.enterprise.v1";
    public static final String FOCAL_POINT_TOPIC = "smenet.registry.focal-point.v1";
    public static final String CLUSTER_TOPIC = "smenet.registry.cluster.v1";
    /** Compacted, network-public projection of verified public enterprise profiles; crosses economies. */
    public static final String PUBLIC_ENTERPRISE_TOPIC = "smenet.public.registry.enterprise.v1";

    public static final EventType<EnterpriseRegistered> ENTERPRISE_REGISTERED = new EventType<>(
            "org.smenet.registry.enterprise.registered.v1", ENTERPRISE_TOPIC, EnterpriseRegistered.class,
            "registry/enterprise-registered.v1.json");
    public static final EventType<EnterpriseProfileUpdated> ENTERPRISE_PROFILE_UPDATED = new EventType<>(
            "org.smenet.registry.enterprise.profile-updated.v1", ENTERPRISE_TOPIC, EnterpriseProfileUpdated.class,
            "registry/enterprise-profile-updated.v1.json");
    public static final EventType<EnterpriseStatusChanged> ENTERPRISE_VERIFIED = status("verified");
    public static final EventType<EnterpriseStatusChanged> ENTERPRISE_SUSPENDED = status("suspended");
    public static final EventType<EnterpriseStatusChanged> ENTERPRISE_REINSTATED = status("reinstated");
    public static final EventType<EnterpriseStatusChanged> ENTERPRISE_DEACTIVATED = status("deactivated");
    /*
     * Membership is stored on the enterprise document, so joining or leaving a cluster is an enterprise change:
     * these travel on the enterprise topic, keyed by enterprise id, with the enterprise's version as sequence.
     */
    public static final EventType<ClusterMembershipChanged> ENTERPRISE_JOINED_CLUSTER = new EventType<>(
            "org.smenet.registry.enterprise.cluster-joined.v1", ENTERPRISE_TOPIC, ClusterMembershipChanged.class,
            "registry/cluster-membership-changed.v1.json");
    public static final EventType<ClusterMembershipChanged> ENTERPRISE_LEFT_CLUSTER = new EventType<>(
            "org.smenet.registry.enterprise.cluster-left.v1", ENTERPRISE_TOPIC, ClusterMembershipChanged.class,
            "registry/cluster-membership-changed.v1.json");

    public static final EventType<FocalPointDesignated> FOCAL_POINT_DESIGNATED = new EventType<>(
            "org.smenet.registry.focal-point.designated.v1", FOCAL_POINT_TOPIC, FocalPointDesignated.class,
            "registry/focal-point-designated.v1.json");
    public static final EventType<FocalPointRevoked> FOCAL_POINT_REVOKED = new EventType<>(
            "org.smenet.registry.focal-point.revoked.v1", FOCAL_POINT_TOPIC, FocalPointRevoked.class,
            "registry/focal-point-revoked.v1.json");

    public static final EventType<ClusterFormed> CLUSTER_FORMED = new EventType<>(
            "org.smenet.registry.cluster.formed.v1", CLUSTER_TOPIC, ClusterFormed.class,
            "registry/cluster-formed.v1.json");

    public static final EventType<PublicEnterpriseProfile> PUBLIC_ENTERPRISE_PUBLISHED = new EventType<>(
            "org.smenet.registry.enterprise.published.v1", PUBLIC_ENTERPRISE_TOPIC, PublicEnterpriseProfile.class,
            "registry/public-enterprise-profile.v1.json");
    public static final EventType<PublicEnterpriseWithdrawn> PUBLIC_ENTERPRISE_WITHDRAWN = new EventType<>(
            "org.smenet.registry.enterprise.withdrawn.v1", PUBLIC_ENTERPRISE_TOPIC, PublicEnterpriseWithdrawn.class,
            "registry/public-enterprise-withdrawn.v1.json");

    public static final List<EventType<?>> ALL = List.of(
            ENTERPRISE_REGISTERED, ENTERPRISE_PROFILE_UPDATED, ENTERPRISE_VERIFIED, ENTERPRISE_SUSPENDED,
            ENTERPRISE_REINSTATED, ENTERPRISE_DEACTIVATED, ENTERPRISE_JOINED_CLUSTER, ENTERPRISE_LEFT_CLUSTER,
            FOCAL_POINT_DESIGNATED, FOCAL_POINT_REVOKED, CLUSTER_FORMED,
            PUBLIC_ENTERPRISE_PUBLISHED, PUBLIC_ENTERPRISE_WITHDRAWN);

    private RegistryEvents() {
    }

    private static EventType<EnterpriseStatusChanged> status(String happened) {
        return new EventType<>("org.smenet.registry.enterprise." + happened + ".v1", ENTERPRISE_TOPIC,
                EnterpriseStatusChanged.class, "registry/enterprise-status-changed.v1.json");
    }
}
