package org.smenet.registry.domain;

/** Lifecycle of an enterprise in its economy's registry. */
public enum EnterpriseStatus {
    REGISTERED, VERIFIED, SUSPENDED, DEACTIVATED
}
