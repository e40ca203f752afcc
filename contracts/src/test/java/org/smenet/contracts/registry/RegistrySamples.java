package org.smenet.contracts.registry;

import static org.smenet.contracts.registry.CooperationType.DISTRIBUTION;
import static org.smenet.contracts.registry.CooperationType.JOINT_VENTURE;
import static org.smenet.contracts.registry.CooperationType.SUPPLY;
import static org.smenet.contracts.registry.CooperationType.TECHNOLOGY_TRANSFER;

import java.time.Instant;
import java.util.List;
import org.smenet.contracts.EventType;

/**
 * Realistic data for every registry event type: a Vietnamese coffee grower and roaster in a Central
 * Highlands coffee cluster, verified by Viet Nam's SME focal point ({@link #full}: every field set), and a
 * Chilean micro winery ({@link #minimal}: every optional field null).
 */
public final class RegistrySamples {

    public static final String ENTERPRISE_ID = "ent-01J9Z3KX7Q8VN2D4";
    public static final String CLUSTER_ID = "clu-vn-taynguyen-coffee";
    public static final String FOCAL_POINT_ID = "fp-vn-asmed";
    private static final Instant AT = Instant.parse("2026-03-14T08:30:15.123Z");

    private RegistrySamples() {
    }

    public static EnterpriseProfile profile() {
        return new EnterpriseProfile(
                "Dak Lak Highland Coffee Joint Stock Company",
                SizeClass.SMALL,
                2009,
                List.of("0127", "1079"),
                List.of("090111", "0901"),
                List.of("843880"),
                List.of(SUPPLY, DISTRIBUTION),
                List.of(JOINT_VENTURE, TECHNOLOGY_TRANSFER),
                List.of("CL", "JP", "US"),
                List.of("Rainforest Alliance", "HACCP"),
                List.of("vi", "en"),
                "https://daklakhighlandcoffee.vn",
                true);
    }

    public static EnterpriseProfile minimalProfile() {
        return new EnterpriseProfile("Viña Los Robles del Maule SpA", SizeClass.MICRO,
                null, List.of("1102"), null, null, null, null, null, null, null, null, false);
    }

    public static <T> T full(EventType<T> type) {
        return type.dataClass().cast(switch (type.dataClass().getSimpleName()) {
            case "EnterpriseRegistered" -> new EnterpriseRegistered(ENTERPRISE_ID, "VN", "6001234567",
                    "org-daklak-coffee", profile(), AT);
            case "EnterpriseProfileUpdated" -> new EnterpriseProfileUpdated(ENTERPRISE_ID, "VN", profile(), AT);
            case "EnterpriseStatusChanged" -> new EnterpriseStatusChanged(ENTERPRISE_ID, "VN", statusAfter(type),
                    "org-vn-asmed", "Business registration confirmed against the National Business Registration Portal",
                    AT);
            case "FocalPointDesignated" -> new FocalPointDesignated(FOCAL_POINT_ID, "VN",
                    "Agency for Enterprise Development (Ministry of Planning and Investment)",
                    FocalPointKind.GOVERNMENT_AGENCY,
                    List.of(FocalPointFunction.INFORMATION_DISSEMINATION, FocalPointFunction.CAPACITY_BUILDING,
                            FocalPointFunction.ENTERPRISE_COOPERATION),
                    "org-vn-asmed", "https://business.gov.vn", AT);
            case "FocalPointRevoked" -> new FocalPointRevoked(FOCAL_POINT_ID, "VN",
                    "Mandate transferred to the Viet Nam Chamber of Commerce and Industry", AT);
            case "ClusterFormed" -> new ClusterFormed(CLUSTER_ID, "VN", "Central Highlands Coffee Cluster", "0127",
                    "Dak Lak", FOCAL_POINT_ID, AT);
            case "ClusterMembershipChanged" -> new ClusterMembershipChanged(CLUSTER_ID, "VN", ENTERPRISE_ID, AT);
            case "PublicEnterpriseProfile" -> new PublicEnterpriseProfile(ENTERPRISE_ID, "VN", profile(),
                    List.of(CLUSTER_ID), AT.minusSeconds(86_400), AT);
            case "PublicEnterpriseWithdrawn" -> new PublicEnterpriseWithdrawn(ENTERPRISE_ID, "VN", AT);
            default -> throw new IllegalArgumentException("no sample for " + type.dataClass());
        });
    }

    public static <T> T minimal(EventType<T> type) {
        return type.dataClass().cast(switch (type.dataClass().getSimpleName()) {
            case "EnterpriseRegistered" -> new EnterpriseRegistered(ENTERPRISE_ID, "CL", null, "org-cl-1",
                    minimalProfile(), AT);
            case "EnterpriseProfileUpdated" -> new EnterpriseProfileUpdated(ENTERPRISE_ID, "CL", minimalProfile(), AT);
            case "EnterpriseStatusChanged" -> new EnterpriseStatusChanged(ENTERPRISE_ID, "CL",
                    type.equals(RegistryEvents.ENTERPRISE_REINSTATED) ? "REGISTERED" : statusAfter(type), null, null, AT);
            case "FocalPointDesignated" -> new FocalPointDesignated(FOCAL_POINT_ID, "CL", "Sercotec",
                    FocalPointKind.SME_CENTRE, List.of(FocalPointFunction.TRAINING), "org-cl-sercotec", null, AT);
            case "FocalPointRevoked" -> new FocalPointRevoked(FOCAL_POINT_ID, "CL", null, AT);
            case "ClusterFormed" -> new ClusterFormed(CLUSTER_ID, "CL", "Maule Wine Cluster", "1102", null, FOCAL_POINT_ID, AT);
            case "PublicEnterpriseProfile" -> new PublicEnterpriseProfile(ENTERPRISE_ID, "CL", minimalProfile(),
                    null, AT, AT);
            default -> full(type);
        });
    }

    /** The enterprise status an event of this type leaves behind. */
    private static String statusAfter(EventType<?> type) {
        return switch (type.type()) {
            case "org.smenet.registry.enterprise.verified.v1", "org.smenet.registry.enterprise.reinstated.v1" -> "VERIFIED";
            case "org.smenet.registry.enterprise.suspended.v1" -> "SUSPENDED";
            case "org.smenet.registry.enterprise.deactivated.v1" -> "DEACTIVATED";
            default -> throw new IllegalArgumentException("not a status event: " + type.type());
        };
    }
}
