package org.smenet.matchmaking.domain;

/** Where a match stands: suggested → interested → introduction requested → introduced → agreed, or declined or expired. */
public enum MatchStage {
    SUGGESTED, INTERESTED, INTRODUCTION_REQUESTED, INTRODUCED, AGREED, DECLINED, EXPIRED;

    public boolean closed() {
        return this == AGREED || this == DECLINED || this == EXPIRED;
    }
}
