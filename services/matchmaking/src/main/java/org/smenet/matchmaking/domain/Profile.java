package org.smenet.matchmaking.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.smenet.contracts.registry.CooperationType;

/**
 * What matchmaking knows of one enterprise (or of an opportunity, scored as a set of needs and offers):
 * its offers and needs as HS codes, its activity as ISIC codes, the cooperation it offers and seeks, the
 * economies it targets, the certifications it holds and those it requires of a partner, its languages,
 * whether a focal point verified it, and when it last changed.
 */
public record Profile(
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

    public Profile {
        isicCodes = copy(isicCodes);
        hsOffered = copy(hsOffered);
        hsSought = copy(hsSought);
        cooperationOffered = cooperationOffered == null ? Set.of() : Set.copyOf(cooperationOffered);
        cooperationSought = cooperationSought == null ? Set.of() : Set.copyOf(cooperationSought);
        targetEconomies = copy(targetEconomies);
        certifications = copy(certifications);
        certificationsRequired = copy(certificationsRequired);
        languages = copy(languages);
    }

    /** A synthetic firm of the kit's generator (the benchmark's population, the demo's firms). */
    public static Profile of(org.smenet.kit.demo.FirmProfile f) {
        return new Profile(f.id(), f.economy(), f.isicCodes(), f.hsOffered(), f.hsSought(), f.cooperationOffered(),
                f.cooperationSought(), f.targetEconomies(), f.certifications(), f.certificationsRequired(), f.languages(),
                f.verified(), f.lastActivity());
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : list.stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
    }
}
