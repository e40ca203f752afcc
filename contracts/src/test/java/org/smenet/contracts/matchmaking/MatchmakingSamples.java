package org.smenet.contracts.matchmaking;

import java.time.Instant;
import java.util.List;
import org.smenet.contracts.EventType;

/**
 * Realistic data for every matchmaking event: a Chilean tea importer matched with a Vietnamese tea grower
 * ({@link #full}), and the same match with every optional field null ({@link #minimal}).
 */
public final class MatchmakingSamples {

    public static final String MATCH_ID = "mat-2b41c9e07d5a4f3e";
    private static final Instant AT = Instant.parse("2026-03-14T08:30:15.123Z");

    private MatchmakingSamples() {
    }

    public static <T> T full(EventType<T> type) {
        return type.dataClass().cast(switch (type.dataClass().getSimpleName()) {
            case "MatchSuggested" -> new MatchSuggested(MATCH_ID, "CL", "ent-cl-tea-importer", "CL", "ent-vn-tea-grower",
                    "VN", 41.5, List.of(
                            new MatchReason("HS_HEADING", "YOU_SEEK", "0902", "090240", 7),
                            new MatchReason("TARGET_MARKET", "YOU_SEEK", "VN", "VN", 4),
                            new MatchReason("COOPERATION", "THEY_SEEK", "DISTRIBUTION", "DISTRIBUTION", 6),
                            new MatchReason("VERIFIED", "THEIRS", null, null, 1.5)), AT);
            case "MatchStageChanged" -> new MatchStageChanged(MATCH_ID, "CL", "ent-cl-tea-importer", "ent-vn-tea-grower",
                    stageAfter(type), type.equals(MatchmakingEvents.MATCH_EXPIRED) ? null : "org-cl-tea-importer", AT);
            case "MatchIntroduction" -> new MatchIntroduction(MATCH_ID, "CL", "VN", "ent-cl-tea-importer", "CL",
                    "ent-vn-tea-grower", "VN", stageAfter(type), "CL", AT);
            case "OpportunitySuggested" -> new OpportunitySuggested("sug-7c1e0a9b3d2f4e58", "CL", "opp-cl-green-tea",
                    "CL", "BUY_REQUEST", "ent-vn-tea-grower", "VN", 33.5, List.of(
                            new MatchReason("HS_SUBHEADING", "YOU_SEEK", "090210", "090210", 12),
                            new MatchReason("COOPERATION", "YOU_SEEK", "SUPPLY", "SUPPLY", 6),
                            new MatchReason("TARGET_MARKET", "THEY_SEEK", "CL", "CL", 4)), AT);
            default -> throw new IllegalArgumentException("no sample for " + type.dataClass());
        });
    }

    public static <T> T minimal(EventType<T> type) {
        return type.dataClass().cast(switch (type.dataClass().getSimpleName()) {
            case "MatchSuggested" -> new MatchSuggested(MATCH_ID, "CL", "ent-cl-1", "CL", "ent-cl-2", "CL", 20,
                    List.of(new MatchReason("ISIC_CLASS", "BOTH", "1079", "1079", 4)), AT);
            case "MatchStageChanged" -> new MatchStageChanged(MATCH_ID, "CL", "ent-cl-1", "ent-cl-2", stageAfter(type),
                    null, AT);
            case "MatchIntroduction" -> new MatchIntroduction(MATCH_ID, "VN", "CL", "ent-cl-1", "CL", "ent-vn-1", "VN",
                    stageAfter(type), null, AT);
            default -> full(type);
        });
    }

    private static String stageAfter(EventType<?> type) {
        String happened = type.type().replace("org.smenet.matchmaking.match.", "")
                .replace("org.smenet.matchmaking.introduction.", "").replace(".v1", "");
        return happened.toUpperCase().replace('-', '_');
    }
}
