package org.smenet.contracts.opportunities;

/** Where an expression of interest is: open, introduced by a focal point, answered, or expired unanswered. */
public enum InterestStatus {
    OPEN, INTRODUCED, ACCEPTED, DECLINED, EXPIRED
}
