package org.smenet.matchmaking.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.smenet.kit.events.Versioned;

/**
 * Two enterprises suggested to each other and the brokered path that may follow. The pair is ordered
 * ({@code enterpriseId} < {@code partnerId}) and its id derived from it, so two replicas suggesting the
 * same pair at once collide on one document instead of making two. Reasons are seen from
 * {@code enterpriseId}. Every step sets a new deadline; a match still open at its deadline expires.
 * A match with an enterprise of another economy also exists on that economy's node, under the same id:
 * each node publishes the steps its own users take ({@code MatchIntroduction}) and applies the other's
 * ({@link #peerStep}); {@code peerSequence} is the last of the other node's steps applied, so a
 * redelivered step changes nothing. {@code brokerEconomy} is the economy of the focal point that
 * introduced the pair.
 */
public record Match(
        String id,
        long version,
        String enterpriseId,
        String enterpriseEconomy,
        String enterpriseOrg,
        String partnerId,
        String partnerEconomy,
        String partnerOrg,
        double score,
        List<Reason> reasons,
        MatchStage stage,
        String interestedOrg,
        String introducedBy,
        Instant stageChangedAt,
        Instant expiresAt,
        String brokerEconomy,
        long peerSequence) implements Versioned {

    public static String idOf(String a, String b) {
        String first = a.compareTo(b) < 0 ? a : b;
        String second = first.equals(a) ? b : a;
        return "mat-" + UUID.nameUUIDFromBytes((first + "|" + second).getBytes(StandardCharsets.UTF_8));
    }

    /** A new suggestion of {@code you} and {@code partner} with the reasons seen from {@code you}. */
    public static Match suggest(Party you, Party partner, Suggestion suggestion, Instant now, Duration timeout) {
        boolean youFirst = you.enterpriseId().compareTo(partner.enterpriseId()) < 0;
        Party first = youFirst ? you : partner;
        Party second = youFirst ? partner : you;
        List<Reason> reasons = youFirst ? suggestion.reasons() : suggestion.reasons().stream().map(Reason::reversed).toList();
        return new Match(idOf(you.enterpriseId(), partner.enterpriseId()), 1, first.enterpriseId(), first.economy(),
                first.org(), second.enterpriseId(), second.economy(), second.org(), suggestion.score(), reasons,
                MatchStage.SUGGESTED, null, null, now, now.plus(timeout), null, 0);
    }

    /** One side of a pair: its enterprise, economy and owning organisation (null when another node's). */
    public record Party(String enterpriseId, String economy, String org) {
    }

    /** The same suggestion with a new score and reasons; only while nobody acted on it yet. */
    public Match rescored(Suggestion suggestion, String seenFrom, Instant now, Duration timeout) {
        List<Reason> reasons = seenFrom.equals(enterpriseId) ? suggestion.reasons()
                : suggestion.reasons().stream().map(Reason::reversed).toList();
        return new Match(id, version + 1, enterpriseId, enterpriseEconomy, enterpriseOrg, partnerId, partnerEconomy,
                partnerOrg, suggestion.score(), reasons, MatchStage.SUGGESTED, null, null, now, now.plus(timeout),
                brokerEconomy, peerSequence);
    }

    public boolean isParty(String org) {
        return org != null && (org.equals(enterpriseOrg) || org.equals(partnerOrg));
    }

    public Match interested(String org, Instant now, Duration timeout) {
        require(MatchStage.SUGGESTED, "interest-after-suggestion", "Interest is shown in a suggested match");
        return next(MatchStage.INTERESTED, org, introducedBy, now, timeout);
    }

    public Match introductionRequested(String org, Instant now, Duration timeout) {
        require(MatchStage.INTERESTED, "introduction-after-interest",
                "An introduction is requested once a party has shown interest");
        return next(MatchStage.INTRODUCTION_REQUESTED, interestedOrg, introducedBy, now, timeout);
    }

    public Match introduced(String focalPointOrg, String focalPointEconomy, Instant now, Duration timeout) {
        require(MatchStage.INTRODUCTION_REQUESTED, "introduction-when-requested",
                "A focal point introduces the parties once an introduction is requested");
        return next(MatchStage.INTRODUCED, interestedOrg, focalPointOrg, now, timeout).brokeredBy(focalPointEconomy);
    }

    /**
     * A step the other side's node took (its sequence {@code sequence}), or empty when it changes nothing
     * here: already applied, a match closed here, or a stage this match is already at or past. The other
     * node checked the step against its own lifecycle; this one only never goes back and never reopens.
     */
    public java.util.Optional<Match> peerStep(MatchStage stage, String broker, long sequence, Instant now,
            Duration timeout) {
        if (sequence <= peerSequence || this.stage.closed() || stage.ordinal() <= this.stage.ordinal()
                || stage == MatchStage.SUGGESTED || stage == MatchStage.EXPIRED) {
            return java.util.Optional.empty();
        }
        Match next = next(stage, interestedOrg, introducedBy, now, stage.closed() ? null : timeout);
        return java.util.Optional.of(new Match(id, next.version, enterpriseId, enterpriseEconomy, enterpriseOrg,
                partnerId, partnerEconomy, partnerOrg, score, reasons, stage, interestedOrg, introducedBy, now,
                next.expiresAt, stage == MatchStage.INTRODUCED ? broker : brokerEconomy, sequence));
    }

    /** The economy of the side other than {@code economy}. */
    public String otherEconomy(String economy) {
        return economy.equals(enterpriseEconomy) ? partnerEconomy : enterpriseEconomy;
    }

    private Match brokeredBy(String economy) {
        return new Match(id, version, enterpriseId, enterpriseEconomy, enterpriseOrg, partnerId, partnerEconomy,
                partnerOrg, score, reasons, stage, interestedOrg, introducedBy, stageChangedAt, expiresAt, economy,
                peerSequence);
    }

    public Match agreed(Instant now) {
        require(MatchStage.INTRODUCED, "agreement-after-introduction", "The parties agree after their introduction");
        return next(MatchStage.AGREED, interestedOrg, introducedBy, now, null);
    }

    public Match declined(Instant now) {
        if (stage.closed()) {
            throw new LifecycleViolation("decline-open-match", "Match " + id + " is already " + stage);
        }
        return next(MatchStage.DECLINED, interestedOrg, introducedBy, now, null);
    }

    /** Closes a match whose deadline passed; the node does it, nobody asks for it. */
    public Match expired(Instant now) {
        if (stage.closed() || expiresAt == null || expiresAt.isAfter(now)) {
            throw new LifecycleViolation("expire-overdue-match", "Match " + id + " is not overdue");
        }
        return next(MatchStage.EXPIRED, interestedOrg, introducedBy, now, null);
    }

    private void require(MatchStage expected, String rule, String message) {
        if (stage != expected) {
            throw new LifecycleViolation(rule, message + "; match " + id + " is " + stage);
        }
    }

    private Match next(MatchStage to, String interested, String introducer, Instant now, Duration timeout) {
        return new Match(id, version + 1, enterpriseId, enterpriseEconomy, enterpriseOrg, partnerId, partnerEconomy,
                partnerOrg, score, reasons, to, interested, introducer, now, timeout == null ? null : now.plus(timeout),
                brokerEconomy, peerSequence);
    }
}
