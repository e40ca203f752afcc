package org.smenet.opportunities.app;

import org.smenet.kit.reference.ReferenceData;
import org.smenet.opportunities.domain.Classifications;

/** The domain's view of the kit's reference data. */
record ReferenceClassifications(ReferenceData reference) implements Classifications {

    @Override
    public boolean isHsCode(String code) {
        return reference.isHsCode(code);
    }

    @Override
    public boolean isIsicCode(String code) {
        return reference.isIsicCode(code);
    }

    @Override
    public boolean isApecEconomy(String code) {
        return reference.isApecEconomy(code);
    }
}
