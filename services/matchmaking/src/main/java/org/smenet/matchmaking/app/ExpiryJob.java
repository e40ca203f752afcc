package org.smenet.matchmaking.app;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for overdue matches now and then; every replica may run it, conditional updates keep it single. */
@Component
public class ExpiryJob {

    private final MatchService matches;
    private final Clock clock;

    public ExpiryJob(MatchService matches, Clock clock) {
        this.matches = matches;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${smenet.matchmaking.expiry-check:1m}", initialDelayString = "${smenet.matchmaking.expiry-check:1m}")
    public void expire() {
        matches.expireOverdue(clock.instant());
    }
}
