package org.smenet.training.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.training.TrainingTestSupport.unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.contracts.training.CourseTopic;
import org.smenet.contracts.training.TrainingEvents;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.training.TrainingIntegration;
import org.smenet.training.TrainingTestSupport;
import org.smenet.training.app.SessionService;
import org.smenet.training.domain.Session;
import org.smenet.training.domain.SessionRuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * Many enterprises race for the one seat left: exactly one gets it, nobody is booked twice, the others are
 * refused ("session-full") or waitlisted in a single line with distinct positions, and the events say the same.
 */
@TrainingIntegration
class LastSeatConcurrencyTest {

    static final int RACERS = 32;
    static final String FP = "org-cl-fp-race";

    @Autowired
    ApplicationContext context;
    @Autowired
    SessionService sessions;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    Actor provider;

    @BeforeEach
    void setUp() {
        TrainingTestSupport.designated(context, "CL", FP, FocalPointFunction.TRAINING);
        provider = TrainingTestSupport.provider("CL", FP);
    }

    record Racer(Actor actor, String enterpriseId) {
    }

    /** A session of {@code capacity} seats with all but one taken. */
    private Session almostFull(int capacity, boolean waitlist) {
        var course = TrainingTestSupport.course(context, provider, "Trade finance basics", CourseTopic.TRADE_FINANCING,
                List.of(), null, null);
        Session session = TrainingTestSupport.session(context, provider, course.id(), capacity, waitlist);
        for (int i = 0; i < capacity - 1; i++) {
            Racer early = racer();
            sessions.enrol(early.actor(), session.id(), early.enterpriseId());
        }
        return sessions.get(session.id());
    }

    private Racer racer() {
        String owner = unique("org-cl-racer");
        String enterprise = TrainingTestSupport.enterprise(context, "CL", owner,
                TrainingTestSupport.profile(List.of("6419"), List.of(), List.of(), List.of()));
        return new Racer(new Actor("t", "CL", owner, Set.of(Role.SME)), enterprise);
    }

    /** Every racer enrols at the same moment; each outcome is the placement or the refused rule. */
    private List<String> race(String sessionId, List<Racer> racers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Racer racer : racers) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return sessions.enrol(racer.actor(), sessionId, racer.enterpriseId()).placements().get(0)
                                .happened().name();
                    } catch (SessionRuleViolation refused) {
                        return refused.rule();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Racer> racers() {
        List<Racer> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            racers.add(racer());
        }
        return racers;
    }

    @Test
    void withoutWaitlistExactlyOneOfManyParallelEnrolmentsGetsTheLastSeat() throws Exception {
        Session session = almostFull(3, false);
        List<Racer> racers = racers();
        List<String> outcomes = race(session.id(), racers);

        assertThat(outcomes).filteredOn("ENROLLED"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("session-full"::equals).hasSize(RACERS - 1);
        Session after = sessions.get(session.id());
        assertThat(after.seats()).hasSize(3);
        assertThat(after.seats().stream().map(Session.Seat::enterpriseId).distinct()).hasSize(3);
        assertThat(after.version()).isEqualTo(session.version() + 1);

        Set<String> racing = new java.util.HashSet<>(racers.stream().map(Racer::enterpriseId).toList());
        var enrolled = TrainingTestSupport.awaitRecords(bootstrap, TrainingEvents.SESSION_TOPIC,
                r -> r.key().equals(session.id()) && TrainingEvents.ENROLLED.type().equals(TrainingTestSupport.header(r, "ce_type")), 3);
        assertThat(enrolled).hasSize(3);
        assertThat(enrolled).filteredOn(r -> racing.stream().anyMatch(id -> new String(r.value()).contains(id))).hasSize(1);
    }

    @Test
    void withWaitlistOneGetsTheSeatAndTheOthersQueueInDistinctPositions() throws Exception {
        Session session = almostFull(2, true);
        List<Racer> racers = racers();
        List<String> outcomes = race(session.id(), racers);

        assertThat(outcomes).filteredOn("ENROLLED"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("WAITLISTED"::equals).hasSize(RACERS - 1);
        Session after = sessions.get(session.id());
        assertThat(after.seats()).hasSize(2);
        assertThat(after.waitlist()).hasSize(RACERS - 1);
        assertThat(after.waitlist().stream().map(Session.Waiting::enterpriseId).distinct()).hasSize(RACERS - 1);
        assertThat(racers).allSatisfy(r -> assertThat(after.holds(r.enterpriseId())).isTrue());
    }
}
