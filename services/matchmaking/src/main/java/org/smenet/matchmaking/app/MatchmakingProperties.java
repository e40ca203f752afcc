package org.smenet.matchmaking.app;

import java.time.Duration;
import org.smenet.matchmaking.domain.Weights;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Matchmaking's settings ({@code smenet.matchmaking.*}).
 *
 * @param threshold     a partner scoring at least this (0–100) is published as a suggestion
 * @param perProfile    how many of an enterprise's best partners are considered for publication
 * @param opportunitiesPerProfile  when an enterprise changes, at most this many published opportunities it fits
 *                  (its best by score, at or above {@code threshold}) are re-ranked for it
 * @param rescoreDelta  a published suggestion is published again only when its score moved by this much
 * @param matchTimeout  an open match with no step for this long expires
 * @param expiryCheck   how often overdue matches are looked for
 * @param weights       what each kind of complementarity is worth
 */
@ConfigurationProperties("smenet.matchmaking")
public record MatchmakingProperties(
        @DefaultValue("30") double threshold,
        @DefaultValue("20") int perProfile,
        @DefaultValue("20") int opportunitiesPerProfile,
        @DefaultValue("2") double rescoreDelta,
        @DefaultValue("30d") Duration matchTimeout,
        @DefaultValue("1m") Duration expiryCheck,
        @DefaultValue WeightProperties weights) {

    /** The weights, each overridable, e.g. {@code smenet.matchmaking.weights.hs-subheading=15}. */
    public record WeightProperties(
            @DefaultValue("12") double hsSubheading,
            @DefaultValue("7") double hsHeading,
            @DefaultValue("2") double hsChapter,
            @DefaultValue("4") double isicClass,
            @DefaultValue("2.5") double isicGroup,
            @DefaultValue("1") double isicDivision,
            @DefaultValue("6") double cooperation,
            @DefaultValue("4") double targetMarket,
            @DefaultValue("3") double certification,
            @DefaultValue("2") double language,
            @DefaultValue("1.5") double verified,
            @DefaultValue("1.5") double recentActivity,
            @DefaultValue("90") int activeDays,
            @DefaultValue("365") int staleDays) {

        public Weights toWeights() {
            return new Weights(hsSubheading, hsHeading, hsChapter, isicClass, isicGroup, isicDivision, cooperation,
                    targetMarket, certification, language, verified, recentActivity, activeDays, staleDays);
        }
    }
}
