package org.smenet.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTest {

    static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

    static Session session(int capacity, boolean waitlist) {
        return Session.schedule("s1", "CL", "c1", "org-fp", NOW.plus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(11)),
                NOW.plus(Duration.ofDays(5)), capacity, waitlist, "Talca", NOW);
    }

    @Test
    void enrolsWhileSeatsAreLeftThenWaitlistsInOrder() {
        Session s = session(1, true).enrol("e1", "o1", NOW).session();
        Session.Change second = s.enrol("e2", "o2", NOW);
        Session.Change third = second.session().enrol("e3", "o3", NOW);
        assertThat(second.placements()).containsExactly(new Session.Placement("e2", Session.Happened.WAITLISTED));
        assertThat(third.session().waitlistPosition("e3")).isEqualTo(2);
        assertThat(third.session().seatsLeft()).isZero();
        assertThat(third.session().version()).isEqualTo(4);
    }

    @Test
    void aFreedSeatGoesToTheFirstWaitingEnterpriseInTheSameChange() {
        Session s = session(1, true).enrol("e1", "o1", NOW).session().enrol("e2", "o2", NOW).session()
                .enrol("e3", "o3", NOW).session();
        Session.Change cancelled = s.cancel("e1", NOW);
        assertThat(cancelled.placements()).containsExactly(new Session.Placement("e1", Session.Happened.CANCELLED),
                new Session.Placement("e2", Session.Happened.PROMOTED));
        assertThat(cancelled.session().seatOf("e2").status()).isEqualTo(Session.SeatStatus.ENROLLED);
        assertThat(cancelled.session().waitlistPosition("e3")).isEqualTo(1);
        assertThat(cancelled.session().holds("e1")).isFalse();
    }

    @Test
    void refusesTwiceAfterTheDeadlineAndWhenFullWithoutWaitlist() {
        Session full = session(1, false).enrol("e1", "o1", NOW).session();
        assertThatThrownBy(() -> full.enrol("e1", "o1", NOW)).hasFieldOrPropertyWithValue("rule", "already-enrolled");
        assertThatThrownBy(() -> full.enrol("e2", "o2", NOW)).hasFieldOrPropertyWithValue("rule", "session-full");
        assertThatThrownBy(() -> session(5, true).enrol("e2", "o2", NOW.plus(Duration.ofDays(6))))
                .hasFieldOrPropertyWithValue("rule", "enrolment-closed");
    }

    @Test
    void cancellationEndsWhenTheSessionStarts() {
        Session s = session(2, true).enrol("e1", "o1", NOW).session();
        assertThatThrownBy(() -> s.cancel("e1", NOW.plus(Duration.ofDays(10))))
                .hasFieldOrPropertyWithValue("rule", "session-started");
        assertThatThrownBy(() -> s.cancel("e9", NOW)).hasFieldOrPropertyWithValue("rule", "not-enrolled");
    }

    @Test
    void onlyEnrolledEnterprisesAttendAndCompleteOnce() {
        Session s = session(1, true).enrol("e1", "o1", NOW).session().enrol("e2", "o2", NOW).session();
        assertThatThrownBy(() -> s.complete("e9")).hasFieldOrPropertyWithValue("rule", "not-enrolled");
        assertThatThrownBy(() -> s.complete("e2")).hasFieldOrPropertyWithValue("rule", "not-enrolled");
        Session done = s.attend("e1").session().complete("e1").session();
        assertThat(done.seatOf("e1").status()).isEqualTo(Session.SeatStatus.COMPLETED);
        assertThatThrownBy(() -> done.complete("e1")).hasFieldOrPropertyWithValue("rule", "already-completed");
        assertThatThrownBy(() -> done.cancel("e1", NOW)).hasFieldOrPropertyWithValue("rule", "already-recorded");
    }

    @Test
    void schedulingChecksItsDates() {
        assertThatThrownBy(() -> Session.schedule("s", "CL", "c", "o", NOW.plusSeconds(100), NOW.plusSeconds(50),
                NOW.plusSeconds(10), 1, false, null, NOW)).hasFieldOrPropertyWithValue("field", "endsAt");
        assertThatThrownBy(() -> Session.schedule("s", "CL", "c", "o", NOW.plusSeconds(100), NOW.plusSeconds(200),
                NOW.plusSeconds(150), 1, false, null, NOW)).hasFieldOrPropertyWithValue("field", "enrolmentDeadline");
        assertThatThrownBy(() -> Session.schedule("s", "CL", "c", "o", NOW.plusSeconds(100), NOW.plusSeconds(200),
                NOW.minusSeconds(1), 1, false, null, NOW)).hasFieldOrPropertyWithValue("field", "enrolmentDeadline");
    }
}
