package org.smenet.contracts.consultation;

/**
 * The policy areas a consultation may concern: the trade and investment topics the mandate names for
 * government–business dialogue on WTO rules and their implications.
 */
public enum PolicyArea {
    /** Customs procedures, border clearance, single windows (WTO Trade Facilitation Agreement). */
    TRADE_FACILITATION,
    /** Sanitary and phytosanitary measures (WTO SPS Agreement). */
    SPS,
    /** Technical barriers to trade and product standards, conformity assessment (WTO TBT Agreement). */
    TBT_AND_STANDARDS,
    /** Trade in services (GATS). */
    SERVICES,
    /** Investment promotion and protection. */
    INVESTMENT,
    /** Avoidance of double taxation. */
    DOUBLE_TAXATION,
    /** Trade financing and export credit insurance. */
    TRADE_FINANCING_AND_INSURANCE,
    /** Shipping, ports and logistics. */
    SHIPPING_AND_LOGISTICS,
    /** Electronic commerce and digital trade. */
    E_COMMERCE,
    /** Market access negotiations (tariffs, quotas, rules of origin). */
    MARKET_ACCESS
}
