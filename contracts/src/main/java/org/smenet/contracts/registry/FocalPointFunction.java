package org.smenet.contracts.registry;

/** What a focal point does for SMEs (the mandate's list). */
public enum FocalPointFunction {
    INFORMATION_DISSEMINATION, TRADE_DEVELOPMENT, CAPACITY_BUILDING, TRAINING, ENTERPRISE_COOPERATION
}
