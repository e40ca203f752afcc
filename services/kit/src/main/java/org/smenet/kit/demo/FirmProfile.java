package org.smenet.kit.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.smenet.contracts.registry.CooperationType;

/**
 * What a synthetic firm offers and seeks, in the registry's terms: HS codes offered and sought, ISIC
 * activities, cooperation offered and sought, target economies, certifications held and required of a
 * partner, languages, whether a focal point verified it, when it last changed. The registry turns it
 * into an enterprise profile, matchmaking into the profile it scores.
 */
public record FirmProfile(
        String id,
        String economy,
        List<String> isicCodes,
        List<String> hsOffered,
        List<String> hsSought,
        Set<CooperationType> cooperationOffered,
        Set<CooperationType> cooperationSought,
        List<String> targetEconomies,
        List<String> certifications,
        List<String> certificationsRequired,
        List<String> languages,
        boolean verified,
        LocalDate lastActivity) {
}
