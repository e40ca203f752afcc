package org.smenet.contracts.consultation;

/** Who may respond to a consultation: organisations of its own economy, or of the whole network. */
public enum Audience { OWN_ECONOMY, NETWORK }
