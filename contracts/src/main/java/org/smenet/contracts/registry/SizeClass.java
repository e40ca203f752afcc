package org.smenet.contracts.registry;

/** APEC's usual SME size classes by headcount. */
public enum SizeClass { MICRO, SMALL, MEDIUM }
