package org.smenet.registry.domain;

import java.time.Year;
import java.util.List;
import org.smenet.contracts.registry.EnterpriseProfile;

/** Checks an enterprise profile against the classifications: every code must be a real one. */
public final class ProfileRules {

    private final Classifications classifications;

    public ProfileRules(Classifications classifications) {
        this.classifications = classifications;
    }

    public void check(EnterpriseProfile profile, int currentYear) {
        if (profile.isicCodes() == null || profile.isicCodes().isEmpty()) {
            throw new InvalidProfile("isicCodes", "at least one ISIC Rev.4 activity is required");
        }
        codes("isicCodes", profile.isicCodes(), classifications::isIsicCode, "ISIC Rev.4");
        codes("hsOffered", profile.hsOffered(), classifications::isHsCode, "HS 2022");
        codes("hsSought", profile.hsSought(), classifications::isHsCode, "HS 2022");
        codes("targetEconomies", profile.targetEconomies(), classifications::isApecEconomy, "APEC economy");
        if (profile.yearFounded() != null && (profile.yearFounded() < 1800 || profile.yearFounded() > currentYear)) {
            throw new InvalidProfile("yearFounded", "yearFounded must lie between 1800 and " + currentYear);
        }
    }

    public static int thisYear() {
        return Year.now().getValue();
    }

    private static void codes(String field, List<String> codes, java.util.function.Predicate<String> known,
            String scheme) {
        if (codes == null) {
            return;
        }
        for (int i = 0; i < codes.size(); i++) {
            if (!known.test(codes.get(i))) {
                throw new InvalidProfile(field + "[" + i + "]",
                        "'" + codes.get(i) + "' is not a " + scheme + " code");
            }
        }
    }
}
