package org.smenet.contracts.registry;

import java.util.List;

/** The describable part of an enterprise, as events carry it. Never includes the private contact. */
public record EnterpriseProfile(
        String legalName,
        SizeClass sizeClass,
        Integer yearFounded,
        List<String> isicCodes,
        List<String> hsOffered,
        List<String> hsSought,
        List<CooperationType> cooperationOffered,
        List<CooperationType> cooperationSought,
        List<String> targetEconomies,
        List<String> certifications,
        List<String> languages,
        String website,
        boolean publicProfile) {
}
