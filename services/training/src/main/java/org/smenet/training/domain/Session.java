package org.smenet.training.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.smenet.kit.events.Versioned;

/**
 * A dated session of a course. Its seats and its waitlist live together in this one aggregate, so that
 * enrolling, cancelling and promoting the first waiting enterprise are each one change of one document:
 * stored only if nobody changed the session meanwhile, which is what keeps the last seat from being sold
 * twice without transactions.
 */
public record Session(
        String id,
        long version,
        String economy,
        String courseId,
        String providerOrg,
        Instant startsAt,
        Instant endsAt,
        Instant enrolmentDeadline,
        int capacity,
        boolean waitlistEnabled,
        String location,
        List<Seat> seats,
        List<Waiting> waitlist,
        Instant scheduledAt,
        List<String> requests) implements Versioned {

    public enum SeatStatus { ENROLLED, ATTENDED, COMPLETED }

    /** A seat; {@code economy} is the enterprise's when it came from another economy's node (else null). */
    public record Seat(String enterpriseId, String ownerOrg, SeatStatus status, Instant enrolledAt, String economy) {

        public Seat(String enterpriseId, String ownerOrg, SeatStatus status, Instant enrolledAt) {
            this(enterpriseId, ownerOrg, status, enrolledAt, null);
        }
    }

    public record Waiting(String enterpriseId, String ownerOrg, Instant since, String economy) {

        public Waiting(String enterpriseId, String ownerOrg, Instant since) {
            this(enterpriseId, ownerOrg, since, null);
        }
    }

    /** What a change did to whom: the event kinds follow from it. */
    public enum Happened { ENROLLED, WAITLISTED, PROMOTED, CANCELLED, ATTENDED, COMPLETED }

    public record Placement(String enterpriseId, Happened happened) {
    }

    /** A session at its next version and what happened, in order. */
    public record Change(Session session, List<Placement> placements) {
    }

    public Session {
        seats = seats == null ? List.of() : List.copyOf(seats);
        waitlist = waitlist == null ? List.of() : List.copyOf(waitlist);
        requests = requests == null ? List.of() : List.copyOf(requests);
    }

    public static Session schedule(String id, String economy, String courseId, String providerOrg, Instant startsAt,
            Instant endsAt, Instant enrolmentDeadline, int capacity, boolean waitlistEnabled, String location,
            Instant now) {
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidTraining("endsAt", "A session ends after it starts");
        }
        if (enrolmentDeadline.isAfter(startsAt)) {
            throw new InvalidTraining("enrolmentDeadline", "Enrolment closes no later than the session starts");
        }
        if (!enrolmentDeadline.isAfter(now)) {
            throw new InvalidTraining("enrolmentDeadline", "The enrolment deadline is in the past");
        }
        return new Session(id, 1, economy, courseId, providerOrg, startsAt, endsAt, enrolmentDeadline, capacity,
                waitlistEnabled, location, List.of(), List.of(), now, List.of());
    }

    public int seatsLeft() {
        return Math.max(0, capacity - seats.size());
    }

    public Seat seatOf(String enterpriseId) {
        return seats.stream().filter(s -> s.enterpriseId().equals(enterpriseId)).findFirst().orElse(null);
    }

    public int waitlistPosition(String enterpriseId) {
        for (int i = 0; i < waitlist.size(); i++) {
            if (waitlist.get(i).enterpriseId().equals(enterpriseId)) {
                return i + 1;
            }
        }
        return 0;
    }

    public boolean holds(String enterpriseId) {
        return seatOf(enterpriseId) != null || waitlistPosition(enterpriseId) > 0;
    }

    /** A seat while one is left; else the end of the waitlist when the session keeps one; else refused. */
    public Change enrol(String enterpriseId, String ownerOrg, Instant now) {
        return enrol(enterpriseId, ownerOrg, null, now);
    }

    /**
     * The same rule for an enterprise of another economy, asked for by cross-border request
     * {@code requestKey}: the key is kept with the session in the same change, so the request is never
     * applied twice.
     */
    public Change enrolFrom(String enterpriseId, String ownerOrg, String economy, String requestKey, Instant now) {
        Change change = enrol(enterpriseId, ownerOrg, economy, now);
        List<String> applied = new ArrayList<>(requests);
        applied.add(requestKey);
        Session s = change.session();
        return new Change(new Session(s.id, s.version, s.economy, s.courseId, s.providerOrg, s.startsAt, s.endsAt,
                s.enrolmentDeadline, s.capacity, s.waitlistEnabled, s.location, s.seats, s.waitlist, s.scheduledAt,
                applied), change.placements());
    }

    /** The economy of a seat or place holder: its own when it came from another economy, else the session's. */
    public String economyOf(Seat seat) {
        return seat.economy() == null ? economy : seat.economy();
    }

    private Change enrol(String enterpriseId, String ownerOrg, String enterpriseEconomy, Instant now) {
        if (now.isAfter(enrolmentDeadline)) {
            throw new SessionRuleViolation("enrolment-closed",
                    "Enrolment in session " + id + " closed at " + enrolmentDeadline);
        }
        if (holds(enterpriseId)) {
            throw new SessionRuleViolation("already-enrolled", "Enterprise " + enterpriseId + " already "
                    + (seatOf(enterpriseId) != null ? "has a seat in" : "waits for") + " session " + id);
        }
        if (seats.size() < capacity) {
            List<Seat> taken = new ArrayList<>(seats);
            taken.add(new Seat(enterpriseId, ownerOrg, SeatStatus.ENROLLED, now, enterpriseEconomy));
            return new Change(with(taken, waitlist), List.of(new Placement(enterpriseId, Happened.ENROLLED)));
        }
        if (!waitlistEnabled) {
            throw new SessionRuleViolation("session-full",
                    "Session " + id + " has no seat left (" + capacity + ") and keeps no waitlist");
        }
        List<Waiting> waiting = new ArrayList<>(waitlist);
        waiting.add(new Waiting(enterpriseId, ownerOrg, now, enterpriseEconomy));
        return new Change(with(seats, waiting), List.of(new Placement(enterpriseId, Happened.WAITLISTED)));
    }

    /**
     * Gives up a seat or a waitlist place before the session starts. A freed seat goes to the first
     * waiting enterprise in the same change.
     */
    public Change cancel(String enterpriseId, Instant now) {
        if (!now.isBefore(startsAt)) {
            throw new SessionRuleViolation("session-started",
                    "Session " + id + " started at " + startsAt + "; places are no longer cancelled");
        }
        Seat seat = seatOf(enterpriseId);
        if (seat == null) {
            if (waitlistPosition(enterpriseId) == 0) {
                throw new SessionRuleViolation("not-enrolled",
                        "Enterprise " + enterpriseId + " holds no place in session " + id);
            }
            List<Waiting> waiting = new ArrayList<>(waitlist);
            waiting.removeIf(w -> w.enterpriseId().equals(enterpriseId));
            return new Change(with(seats, waiting), List.of(new Placement(enterpriseId, Happened.CANCELLED)));
        }
        if (seat.status() != SeatStatus.ENROLLED) {
            throw new SessionRuleViolation("already-recorded",
                    "Enterprise " + enterpriseId + "'s " + seat.status() + " is recorded; the place stays");
        }
        List<Seat> taken = new ArrayList<>(seats);
        taken.remove(seat);
        List<Waiting> waiting = new ArrayList<>(waitlist);
        List<Placement> placements = new ArrayList<>();
        placements.add(new Placement(enterpriseId, Happened.CANCELLED));
        if (!waiting.isEmpty() && taken.size() < capacity) {
            Waiting first = waiting.remove(0);
            taken.add(new Seat(first.enterpriseId(), first.ownerOrg(), SeatStatus.ENROLLED, now, first.economy()));
            placements.add(new Placement(first.enterpriseId(), Happened.PROMOTED));
        }
        return new Change(with(taken, waiting), List.copyOf(placements));
    }

    /** The provider records that an enrolled enterprise attended. */
    public Change attend(String enterpriseId) {
        Seat seat = requireSeat(enterpriseId);
        if (seat.status() != SeatStatus.ENROLLED) {
            throw new SessionRuleViolation("already-recorded",
                    "Enterprise " + enterpriseId + " is already recorded as " + seat.status());
        }
        return new Change(replace(seat, SeatStatus.ATTENDED),
                List.of(new Placement(enterpriseId, Happened.ATTENDED)));
    }

    /** The provider records that an enrolled enterprise completed the course. */
    public Change complete(String enterpriseId) {
        Seat seat = requireSeat(enterpriseId);
        if (seat.status() == SeatStatus.COMPLETED) {
            throw new SessionRuleViolation("already-completed",
                    "Enterprise " + enterpriseId + " already completed session " + id);
        }
        return new Change(replace(seat, SeatStatus.COMPLETED),
                List.of(new Placement(enterpriseId, Happened.COMPLETED)));
    }

    private Seat requireSeat(String enterpriseId) {
        Seat seat = seatOf(enterpriseId);
        if (seat == null) {
            throw new SessionRuleViolation("not-enrolled", "Enterprise " + enterpriseId
                    + (waitlistPosition(enterpriseId) > 0 ? " only waits for" : " never enrolled in")
                    + " session " + id);
        }
        return seat;
    }

    private Session replace(Seat seat, SeatStatus status) {
        List<Seat> changed = new ArrayList<>(seats);
        changed.set(changed.indexOf(seat), new Seat(seat.enterpriseId(), seat.ownerOrg(), status, seat.enrolledAt(),
                seat.economy()));
        return with(changed, waitlist);
    }

    private Session with(List<Seat> newSeats, List<Waiting> newWaitlist) {
        return new Session(id, version + 1, economy, courseId, providerOrg, startsAt, endsAt, enrolmentDeadline,
                capacity, waitlistEnabled, location, newSeats, newWaitlist, scheduledAt, requests);
    }
}
