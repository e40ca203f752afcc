package org.smenet.identity.account;

/** The roles a token may carry in its {@code roles} claim (see docs/conventions-for-builders.md). */
public enum Role {
	SME, FOCAL_POINT, ECONOMY_ADMIN, EXPERT, NETWORK_OPERATOR, AGENCY_CLIENT
}
