package org.smenet.contracts.registry;

/**
 * What a focal point does for SMEs: the mandate's list, plus {@code VERIFICATION} (vouching for the
 * SMEs of its economy in the registry), which the registry's moderation needs.
 */
public enum FocalPointFunction {
    INFORMATION_DISSEMINATION, TRADE_DEVELOPMENT, CAPACITY_BUILDING, TRAINING, ENTERPRISE_COOPERATION, VERIFICATION
}
