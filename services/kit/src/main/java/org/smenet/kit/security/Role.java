package org.smenet.kit.security;

/** The roles a token's {@code roles} claim may carry. */
public enum Role {
    SME, FOCAL_POINT, ECONOMY_ADMIN, EXPERT, NETWORK_OPERATOR, AGENCY_CLIENT
}
