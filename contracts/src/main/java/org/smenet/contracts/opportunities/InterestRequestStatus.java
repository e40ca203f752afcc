package org.smenet.contracts.opportunities;

/**
 * Where a cross-border expression of interest is, as its home node sees it: {@code REQUESTED} until the
 * opportunity's node answers; then {@code REJECTED} (never became an interest) or {@code OPEN}, followed by
 * the interest's own steps ({@code INTRODUCED, ACCEPTED, DECLINED, EXPIRED}). {@code WITHDRAWN} is set by the
 * home node only (the SME took its request back); answers never carry it, and the home node also marks
 * {@code EXPIRED} a request left unanswered past its time to live.
 */
public enum InterestRequestStatus {
    REQUESTED, REJECTED, OPEN, INTRODUCED, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN
}
