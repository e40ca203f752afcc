package org.smenet.kit.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.kit.events.RelayFixture;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Claims on the dev store: one operator handles a record once; a retry claim abandoned by a dead replica is taken over. */
class HandledRecordsTest {

    static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");

    MongoTemplate mongo;
    AtomicReference<Instant> now = new AtomicReference<>(T0);
    HandledRecords handled;
    String topic;

    @BeforeEach
    void setUp() {
        mongo = RelayFixture.store("handled");
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        handled = new HandledRecords(mongo, clock);
        topic = "smenet.t-" + RelayFixture.suffix() + ".v1.DLT";
    }

    private ParkedRecord record(long offset) {
        return new ParkedRecord(topic, 0, offset, T0, "smenet.t.v1", 0, offset, "g", "e-" + offset, "type", "s", "CL",
                "/smenet/CL/kit", T0, "r", "X", "m", 2, null);
    }

    private static Actor actor(String org) {
        return new Actor(org + "-user", "CL", org, Set.of(Role.NETWORK_OPERATOR));
    }

    @Test
    void aRecordIsClaimedOnceWhetherRetriedOrDiscarded() {
        assertThat(handled.claim(record(1), HandledRecords.Action.DISCARDED, actor("a"))).isPresent();
        assertThat(handled.claim(record(1), HandledRecords.Action.DISCARDED, actor("b"))).isEmpty();
        assertThat(handled.claim(record(1), HandledRecords.Action.RETRIED, actor("b"))).isEmpty();
        assertThat(handled.find(ParkedRecords.key(topic, 0, 1)).orElseThrow().get("by", org.bson.Document.class)
                .getString("org")).isEqualTo("a");
        assertThat(handled.count(topic, 0, 0, 10)).isEqualTo(1);
        assertThat(handled.count(topic, 0, 2, 10)).isZero();
    }

    @Test
    void aRetryClaimIsHeldWhileFreshAndTakenOverWhenAbandoned() {
        var claim = handled.claim(record(2), HandledRecords.Action.RETRIED, actor("a")).orElseThrow();
        now.set(T0.plusSeconds(5));
        assertThat(handled.claim(record(2), HandledRecords.Action.RETRIED, actor("b"))).isEmpty();
        assertThat(handled.keys(List.of(topic))).containsExactly(ParkedRecords.key(topic, 0, 2));

        // the replica died before the broker took the record: after STALE it waits again and may be claimed
        now.set(T0.plus(HandledRecords.STALE).plusSeconds(1));
        assertThat(handled.keys(List.of(topic))).isEmpty();
        assertThat(handled.count(topic, 0, 0, 10)).isZero();
        assertThat(handled.claim(record(2), HandledRecords.Action.RETRIED, actor("b"))).isPresent();
        // the dead replica's late completion does not overwrite the new claim
        handled.retried(ParkedRecords.key(topic, 0, 2), claim.getDate("claimedAt"), "t", 0, 9);
        assertThat(handled.find(ParkedRecords.key(topic, 0, 2)).orElseThrow().getString("state")).isEqualTo("claimed");
    }

    @Test
    void aReleasedClaimLetsTheRecordWaitAgain() {
        var claim = handled.claim(record(3), HandledRecords.Action.RETRIED, actor("a")).orElseThrow();
        handled.release(ParkedRecords.key(topic, 0, 3), claim.getDate("claimedAt"));
        assertThat(handled.keys(List.of(topic))).isEmpty();
        assertThat(handled.claim(record(3), HandledRecords.Action.RETRIED, actor("b"))).isPresent();
    }
}
