package org.smenet.opportunities.domain;

import java.util.List;
import java.util.Locale;
import org.smenet.contracts.opportunities.OpportunityKind;

/**
 * What a subscriber wants to hear about. Each list left empty matches everything; within a list any entry
 * matches; all lists must match. Codes match hierarchically (a chapter matches its subheadings), keywords
 * case-insensitively in the title or description.
 */
public record SubscriptionFilters(
        List<OpportunityKind> kinds,
        List<String> hsPrefixes,
        List<String> isicPrefixes,
        List<String> originEconomies,
        List<String> targetEconomies,
        List<String> keywords) {

    /**
     * {@code hsIndex}/{@code isicIndex}: the opportunity's codes with all their ancestors, so a prefix filter
     * is an equality test.
     */
    public boolean matches(OpportunityKind kind, String origin, List<String> targets, List<String> hsIndex,
            List<String> isicIndex, String title, String description) {
        return anyOrAll(kinds, kinds != null && kinds.contains(kind))
                && anyOrAll(originEconomies, originEconomies != null && originEconomies.contains(origin))
                && anyOrAll(targetEconomies, targetEconomies != null && targets.stream().anyMatch(targetEconomies::contains))
                && anyOrAll(hsPrefixes, hsPrefixes != null && hsIndex.stream().anyMatch(hsPrefixes::contains))
                && anyOrAll(isicPrefixes, isicPrefixes != null && isicIndex.stream().anyMatch(isicPrefixes::contains))
                && anyOrAll(keywords, keywords != null && containsKeyword(title + "\n" + description));
    }

    private boolean containsKeyword(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return keywords.stream().anyMatch(k -> lower.contains(k.toLowerCase(Locale.ROOT)));
    }

    private static boolean anyOrAll(List<?> list, boolean matched) {
        return list == null || list.isEmpty() || matched;
    }
}
