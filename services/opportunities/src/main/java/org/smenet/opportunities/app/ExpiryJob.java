package org.smenet.opportunities.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes what passed its time: published opportunities at their deadline, unanswered expressions of
 * interest after their time to live, this economy's requests abroad the other node never answered. Safe with several replicas: each change is a versioned conditional
 * write carrying its outbox event, so of two replicas expiring the same one, exactly one wins.
 */
@Component
public class ExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(ExpiryJob.class);
    private static final int BATCH = 200;

    private final OpportunityService opportunities;
    private final InterestService interests;
    private final CrossBorderInterests crossBorder;

    public ExpiryJob(OpportunityService opportunities, InterestService interests, CrossBorderInterests crossBorder) {
        this.opportunities = opportunities;
        this.interests = interests;
        this.crossBorder = crossBorder;
    }

    @Scheduled(fixedDelayString = "${smenet.opportunities.expiry-interval:30s}")
    public void run() {
        try {
            expireDue();
        } catch (RuntimeException e) {
            log.warn("Expiry pass failed, will retry: {}", e.toString());
        }
    }

    /** One pass; returns how many opportunities, interests and unanswered requests abroad this pass expired. */
    public int expireDue() {
        int expired = 0;
        for (var o : opportunities.due(BATCH)) {
            expired += opportunities.expire(o) ? 1 : 0;
        }
        for (var i : interests.due(BATCH)) {
            expired += interests.expire(i) ? 1 : 0;
        }
        for (var r : crossBorder.unanswered(BATCH)) {
            expired += crossBorder.expireUnanswered(r) ? 1 : 0;
        }
        return expired;
    }
}
