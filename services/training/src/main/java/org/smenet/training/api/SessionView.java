package org.smenet.training.api;

import java.time.Instant;
import java.util.List;
import org.smenet.kit.security.Actor;
import org.smenet.training.domain.Session;

/**
 * A session as the actor may see it: dates and free seats for everyone; every seat and the waitlist for
 * the provider; otherwise only the places of the actor's own enterprises.
 */
public record SessionView(String id, long version, String economy, String courseId, String providerOrg,
        Instant startsAt, Instant endsAt, Instant enrolmentDeadline, String location, int capacity,
        boolean waitlistEnabled, int seatsLeft, int waiting, List<Place> places) {

    public record Place(String enterpriseId, String status, int waitlistPosition) {
    }

    static SessionView of(Session s, Actor actor, boolean provider) {
        List<Place> seats = s.seats().stream()
                .filter(seat -> provider || seat.ownerOrg().equals(actor.org()))
                .map(seat -> new Place(seat.enterpriseId(), seat.status().name(), 0)).toList();
        List<Place> waiting = new java.util.ArrayList<>();
        for (int i = 0; i < s.waitlist().size(); i++) {
            Session.Waiting w = s.waitlist().get(i);
            if (provider || w.ownerOrg().equals(actor.org())) {
                waiting.add(new Place(w.enterpriseId(), "WAITLISTED", i + 1));
            }
        }
        List<Place> places = new java.util.ArrayList<>(seats);
        places.addAll(waiting);
        return new SessionView(s.id(), s.version(), s.economy(), s.courseId(), s.providerOrg(), s.startsAt(), s.endsAt(),
                s.enrolmentDeadline(), s.location(), s.capacity(), s.waitlistEnabled(), s.seatsLeft(),
                s.waitlist().size(), List.copyOf(places));
    }
}
