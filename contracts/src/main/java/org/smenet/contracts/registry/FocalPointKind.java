package org.smenet.contracts.registry;

/** The kinds of institution an economy designates as focal point. */
public enum FocalPointKind { GOVERNMENT_AGENCY, TRADE_PROMOTION_AGENCY, APEX_CHAMBER, SME_CENTRE }
