package org.smenet.matchmaking.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.matchmaking.domain.OpportunityNeeds;
import org.smenet.matchmaking.domain.Profile;
import org.springframework.data.annotation.Id;

/**
 * A published, network-visible opportunity as matchmaking's read model keeps it, built only from the
 * public opportunity topics (local and mirrored): what it asks for or offers, never its publisher's
 * contact. {@code status} is {@code LISTED} or the status it was delisted with. {@code suggested}: the
 * enterprises published as its suggestions (so an unchanged one is not published again); the document
 * carries its {@code outbox}: the read-model change and the suggestions it causes are one write.
 * {@code suggestionSequence}: the version of {@code suggested}, raised by every write that sets it (the
 * opportunity's own events and the re-rankings an enterprise's change causes), each such write conditional on
 * the version it read; it is the {@code ce_sequence} of the suggestions that write publishes (absent on a
 * document written before it existed).
 */
public record OpportunityDocument(
        @Id String id,
        long sequence,
        String economy,
        OpportunityKind kind,
        String title,
        List<String> hsCodes,
        List<String> isicCodes,
        List<String> targetEconomies,
        CooperationType cooperationType,
        List<String> languages,
        Instant deadline,
        Instant publishedAt,
        String status,
        String origin,
        Instant changedAt,
        List<Suggested> suggested,
        Long suggestionSequence) {

    /** An enterprise published as a suggestion for this opportunity, with the score it was published with. */
    public record Suggested(String enterpriseId, double score) {
    }

    public static final String COLLECTION = "opportunities";
    public static final String LISTED = "LISTED";

    public boolean listed() {
        return LISTED.equals(status) && kind != null;
    }

    public Profile toProfile() {
        return profile(id, economy, kind, hsCodes, isicCodes, targetEconomies, cooperationType, languages,
                publishedAt != null ? publishedAt : changedAt);
    }

    public static Profile profile(String id, String economy, OpportunityKind kind, List<String> hsCodes,
            List<String> isicCodes, List<String> targetEconomies, CooperationType cooperationType,
            List<String> languages, Instant published) {
        return OpportunityNeeds.profile(id, economy, kind, nonNull(hsCodes), nonNull(isicCodes),
                nonNull(targetEconomies), cooperationType, nonNull(languages),
                published == null ? null : published.atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** The version of {@code suggested} the next write that sets it will hold, given the sequence it is at. */
    public long nextSuggestionSequence(long atLeast) {
        long current = suggestionSequence != null ? suggestionSequence : sequence;
        return Math.max(atLeast, current + 1);
    }

    public List<Suggested> suggestedOrNone() {
        return suggested == null ? List.of() : suggested;
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values;
    }
}
