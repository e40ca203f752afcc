package org.smenet.contracts.registry;

/** Forms of inter-firm cooperation an enterprise offers or seeks. */
public enum CooperationType {
    DISTRIBUTION, SUPPLY, JOINT_VENTURE, LICENSING, TECHNOLOGY_TRANSFER, SUBCONTRACTING, INVESTMENT
}
