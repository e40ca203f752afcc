package org.smenet.contracts.opportunities;

/** What an opportunity offers or seeks. */
public enum OpportunityKind {
    BUY_REQUEST, SELL_OFFER, PARTNERSHIP, INVESTMENT_SEEKING, INVESTMENT_OFFERING, TECHNOLOGY_OFFER,
    TECHNOLOGY_REQUEST, TENDER, TECHNICAL_COOPERATION
}
