package org.smenet.opportunities.domain;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.smenet.contracts.opportunities.OpportunityDetails;

/** What every opportunity must satisfy: real codes, a future deadline, a sane value range. */
public class OpportunityRules {

    public static final int MAX_DESCRIPTION = 5000;

    private final Classifications classifications;

    public OpportunityRules(Classifications classifications) {
        this.classifications = classifications;
    }

    public void check(OpportunityDetails d, Instant now) {
        if (d.description() != null && d.description().length() > MAX_DESCRIPTION) {
            throw new InvalidOpportunity("description", "description is longer than " + MAX_DESCRIPTION + " characters");
        }
        eachCode("hsCodes", d.hsCodes(), classifications::isHsCode, "an HS 2022 code");
        eachCode("isicCodes", d.isicCodes(), classifications::isIsicCode, "an ISIC Rev.4 code");
        eachCode("targetEconomies", d.targetEconomies(), classifications::isApecEconomy, "an APEC economy");
        checkDeadline(d.deadline(), now);
        if (d.valueMin() != null && d.valueMax() != null && d.valueMin() > d.valueMax()) {
            throw new InvalidOpportunity("valueMax", "valueMax must not be below valueMin");
        }
        if ((d.valueMin() != null || d.valueMax() != null) && d.currency() == null) {
            throw new InvalidOpportunity("currency", "a value range needs its currency (ISO 4217)");
        }
        if (d.currency() != null) {
            try {
                Currency.getInstance(d.currency());
            } catch (IllegalArgumentException unknown) {
                throw new InvalidOpportunity("currency", d.currency() + " is not an ISO 4217 currency");
            }
        }
    }

    public static void checkDeadline(Instant deadline, Instant now) {
        if (deadline == null) {
            throw new InvalidOpportunity("deadline", "deadline is required");
        }
        if (!deadline.isAfter(now)) {
            throw new InvalidOpportunity("deadline", "deadline " + deadline + " is in the past");
        }
    }

    private static void eachCode(String field, List<String> codes, java.util.function.Predicate<String> known,
            String what) {
        if (codes == null) {
            return;
        }
        for (String code : codes) {
            if (!known.test(code)) {
                throw new InvalidOpportunity(field, code + " is not " + what);
            }
        }
    }
}
