package org.smenet.contracts.consultation;

/** draft → open → closed (at the closing date) → summarised → published outcome. */
public enum ConsultationStatus { DRAFT, OPEN, CLOSED, SUMMARISED, PUBLISHED }
