package org.smenet.contracts.training;

/**
 * The documented list of training and institutional capacity-building areas a course belongs to. The
 * recommendations read it: standards and SPS courses for products an SME offers, export readiness and
 * trade rules for SMEs that target other economies.
 */
public enum CourseTopic {
    /** Preparing a firm to sell abroad: market research, pricing, export plans. */
    EXPORT_READINESS,
    /** WTO agreements and rules of origin, tariffs, trade facilitation. */
    WTO_RULES,
    /** Technical standards, product specifications, conformity assessment (TBT). */
    STANDARDS_AND_SPECIFICATIONS,
    /** Sanitary and phytosanitary measures for food, plant and animal products. */
    SANITARY_AND_PHYTOSANITARY,
    /** Selling online across borders: platforms, payments, consumer rules. */
    E_COMMERCE,
    /** Letters of credit, export credit, supply-chain finance. */
    TRADE_FINANCING,
    /** Export credit insurance, cargo and liability insurance. */
    INSURANCE,
    /** Freight, customs procedures, Incoterms, cold chain. */
    LOGISTICS
}
