package org.smenet.contracts.matchmaking;

import java.util.List;
import org.smenet.contracts.EventType;

/** Every event matchmaking publishes, with its topic and schema. */
public final class MatchmakingEvents {

    /**
     * Suggestions (pairs of enterprises; enterprises for an opportunity) and every step of a match's
     * lifecycle; private to the economy. Key: match id (suggestion id for an opportunity's suggestion).
     */
    public static final String MATCH_TOPIC = "smenet.matchmaking.match.v1";
    /**
     * Network-public, compacted, crosses economies: each step of a match between an enterprise of this
     * node's economies and one of another economy, for the other side's node to apply. Key: match id.
     */
    public static final String INTRODUCTION_TOPIC = "smenet.public.matchmaking.introduction.v1";

    public static final EventType<MatchSuggested> MATCH_SUGGESTED = new EventType<>(
            "org.smenet.matchmaking.match.suggested.v1", MATCH_TOPIC, MatchSuggested.class,
            "matchmaking/match-suggested.v1.json");
    /** An enterprise suggested for a published opportunity; on the match topic, keyed by the suggestion id. */
    public static final EventType<OpportunitySuggested> OPPORTUNITY_SUGGESTED = new EventType<>(
            "org.smenet.matchmaking.opportunity.suggested.v1", MATCH_TOPIC, OpportunitySuggested.class,
            "matchmaking/opportunity-suggested.v1.json");
    public static final EventType<MatchStageChanged> MATCH_INTERESTED = stage("interested");
    public static final EventType<MatchStageChanged> MATCH_INTRODUCTION_REQUESTED = stage("introduction-requested");
    public static final EventType<MatchStageChanged> MATCH_INTRODUCED = stage("introduced");
    public static final EventType<MatchStageChanged> MATCH_AGREED = stage("agreed");
    public static final EventType<MatchStageChanged> MATCH_DECLINED = stage("declined");
    public static final EventType<MatchStageChanged> MATCH_EXPIRED = stage("expired");

    public static final EventType<MatchIntroduction> INTRODUCTION_INTERESTED = introduction("interested");
    public static final EventType<MatchIntroduction> INTRODUCTION_REQUESTED = introduction("introduction-requested");
    public static final EventType<MatchIntroduction> INTRODUCTION_INTRODUCED = introduction("introduced");
    public static final EventType<MatchIntroduction> INTRODUCTION_AGREED = introduction("agreed");
    public static final EventType<MatchIntroduction> INTRODUCTION_DECLINED = introduction("declined");

    /** The cross-border steps, in the order of a match's stages. */
    public static final List<EventType<MatchIntroduction>> INTRODUCTION_STEPS = List.of(INTRODUCTION_INTERESTED,
            INTRODUCTION_REQUESTED, INTRODUCTION_INTRODUCED, INTRODUCTION_AGREED, INTRODUCTION_DECLINED);

    public static final List<EventType<?>> ALL = List.of(MATCH_SUGGESTED, MATCH_INTERESTED,
            MATCH_INTRODUCTION_REQUESTED, MATCH_INTRODUCED, MATCH_AGREED, MATCH_DECLINED, MATCH_EXPIRED,
            INTRODUCTION_INTERESTED, INTRODUCTION_REQUESTED, INTRODUCTION_INTRODUCED, INTRODUCTION_AGREED,
            INTRODUCTION_DECLINED, OPPORTUNITY_SUGGESTED);

    private MatchmakingEvents() {
    }

    private static EventType<MatchIntroduction> introduction(String happened) {
        return new EventType<>("org.smenet.matchmaking.introduction." + happened + ".v1", INTRODUCTION_TOPIC,
                MatchIntroduction.class, "matchmaking/match-introduction.v1.json");
    }

    private static EventType<MatchStageChanged> stage(String happened) {
        return new EventType<>("org.smenet.matchmaking.match." + happened + ".v1", MATCH_TOPIC,
                MatchStageChanged.class, "matchmaking/match-stage-changed.v1.json");
    }
}
