package org.smenet.contracts.consultation;

/** What kind of organisation responded: an enterprise of the registry, a business association, a chamber. */
public enum RespondentKind { ENTERPRISE, BUSINESS_ASSOCIATION, CHAMBER }
