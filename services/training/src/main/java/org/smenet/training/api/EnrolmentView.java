package org.smenet.training.api;

import java.util.List;
import org.smenet.training.domain.Session;

/** What an enrolment change did: the enterprise's place now, and who else moved (a promotion). */
public record EnrolmentView(String sessionId, long version, String enterpriseId, String status, int waitlistPosition,
        int seatsLeft, List<Moved> moved) {

    public record Moved(String enterpriseId, String happened) {
    }

    static EnrolmentView of(Session.Change change, String enterpriseId) {
        Session s = change.session();
        Session.Seat seat = s.seatOf(enterpriseId);
        int position = s.waitlistPosition(enterpriseId);
        String status = seat != null ? seat.status().name() : position > 0 ? "WAITLISTED" : "CANCELLED";
        return new EnrolmentView(s.id(), s.version(), enterpriseId, status, position, s.seatsLeft(),
                change.placements().stream().map(p -> new Moved(p.enterpriseId(), p.happened().name())).toList());
    }
}
