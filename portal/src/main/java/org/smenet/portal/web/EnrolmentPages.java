package org.smenet.portal.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.smenet.portal.backend.Answer;
import org.smenet.portal.backend.ServiceCalls;
import org.smenet.portal.security.Viewer;

/**
 * An SME enrols its enterprise(s): this node's courses and their sessions (a seat, or a place on the waiting list),
 * other economies' online courses (a request their node answers by event), and cancelling a place before the
 * session starts, here or from "my training". The training service decides every seat; its refusals (full, already
 * enrolled, started, not yours) are shown in place.
 */
@Controller
@Validated
class EnrolmentPages {

    static final String ID = SubscriptionPages.ID;
    /** Places an SME may still give up (attended and completed ones stay). */
    static final Set<String> CANCELLABLE = Set.of("ENROLLED", "WAITLISTED");

    private final ServiceCalls services;
    private final OwnEnterprise own;
    private final MessageSource messages;

    EnrolmentPages(ServiceCalls services, OwnEnterprise own, MessageSource messages) {
        this.services = services;
        this.own = own;
        this.messages = messages;
    }

    @GetMapping("/portal/sme/courses")
    String catalogue(Model model) {
        Viewer viewer = Viewer.current();
        if (!viewer.isSme()) {
            return "enrol";
        }
        model.addAttribute("local", services.get("training", "/api/training/courses?size=50", viewer));
        Answer network = services.get("training", "/api/training/network/courses?size=50", viewer);
        model.addAttribute("network", network);
        List<Map<String, Object>> abroad = new ArrayList<>();
        for (Map<String, Object> entry : network.items()) {
            if (entry.get("course") instanceof Map<?, ?> course && !String.valueOf(course.get("economy")).equals(viewer.economy())
                    && "ONLINE".equals(course.get("delivery"))) {
                abroad.add(entry);
            }
        }
        model.addAttribute("abroad", abroad);
        model.addAttribute("enterprises", enterprises(viewer));
        return "enrol";
    }

    @GetMapping("/portal/sme/courses/{id}")
    String course(@PathVariable @Pattern(regexp = ID) String id, Model model) {
        Viewer viewer = Viewer.current();
        if (!viewer.isSme()) {
            return "enrol-course";
        }
        Answer course = services.get("training", "/api/training/courses/" + id, viewer);
        model.addAttribute("course", course);
        if (course.ok()) {
            Answer sessions = services.getItems("training", "/api/training/courses/" + id + "/sessions", viewer);
            model.addAttribute("sessions", sessions);
            List<Map<String, String>> mine = enterprises(viewer);
            List<Map<String, Object>> cards = new ArrayList<>();
            for (Map<String, Object> session : sessions.items()) {
                cards.add(card(session, mine));
            }
            model.addAttribute("cards", cards);
            model.addAttribute("enterprises", mine);
            model.addAttribute("names", names(mine));
        }
        return "enrol-course";
    }

    /** 201 with a seat or a waiting-list place; the session's card comes back with it, or with the refusal. */
    @PostMapping("/portal/sme/sessions/{id}/enrolment")
    String enrol(@PathVariable @Pattern(regexp = ID) String id,
                 @RequestParam(defaultValue = "") String enterpriseId, Model model) {
        return change(id, enterpriseId, "enrolments", null, model);
    }

    /** From a session's card, or from "my training" ({@code from=training}: that card's line comes back). */
    @PostMapping("/portal/sme/sessions/{id}/cancellation")
    String cancel(@PathVariable @Pattern(regexp = ID) String id, @RequestParam(defaultValue = "") String enterpriseId,
                  @RequestParam(defaultValue = "course") @Pattern(regexp = "course|training") String from, Model model) {
        return change(id, enterpriseId, "cancellations", from, model);
    }

    /** Another economy's online course: asked here, answered by that economy's node (202, then the answer by event). */
    @PostMapping("/portal/sme/network-courses/{courseId}/enrolment")
    String ask(@PathVariable @Pattern(regexp = ID) String courseId, @RequestParam(defaultValue = "") String enterpriseId,
               Model model) {
        Viewer viewer = Viewer.current();
        model.addAttribute("courseId", courseId);
        model.addAttribute("enterprises", enterprises(viewer));
        String problem = checkEnterprise(enterpriseId);
        if (problem != null) {
            model.addAttribute("errors", Map.of("enterpriseId", problem));
            model.addAttribute("asked", null);
            return "enrol :: asked";
        }
        Answer asked = services.send(HttpMethod.POST, "training",
                "/api/training/network/courses/" + courseId + "/enrolments", Map.of("enterpriseId", enterpriseId), null, viewer);
        model.addAttribute("asked", asked);
        model.addAttribute("errors", Map.of());
        return "enrol :: asked";
    }

    private String change(String sessionId, String enterpriseId, String what, String from, Model model) {
        Viewer viewer = Viewer.current();
        String problem = checkEnterprise(enterpriseId);
        Answer outcome = problem != null ? null : services.send(HttpMethod.POST, "training",
                "/api/training/sessions/" + sessionId + "/" + what, Map.of("enterpriseId", enterpriseId), null, viewer);
        model.addAttribute("errors", problem == null ? Map.of() : Map.of("enterpriseId", problem));
        model.addAttribute("outcome", outcome);
        Map<String, String> names = names(enterprises(viewer));
        model.addAttribute("names", names);
        if (outcome != null && outcome.ok()) {
            // enrol.done.enrolments.ENROLLED, ….WAITLISTED, enrol.done.cancellations.CANCELLED
            model.addAttribute("done", messages.getMessage("enrol.done." + what + "." + outcome.get("status"),
                    new Object[] {names.getOrDefault(enterpriseId, enterpriseId), outcome.get("waitlistPosition")},
                    messages.getMessage("enrol.done." + what, null, LocaleContextHolder.getLocale()),
                    LocaleContextHolder.getLocale()));
        }
        model.addAttribute("enterpriseId", enterpriseId);
        if ("training".equals(from)) {
            model.addAttribute("sessionId", sessionId);
            return "my-training :: cancelled";
        }
        Answer session = services.get("training", "/api/training/sessions/" + sessionId, viewer);
        Map<String, Object> shown = session.ok() && session.body() != null ? session.body() : unknownSession(sessionId);
        model.addAttribute("s", card(shown, enterprises(viewer)));
        return "enrol-course :: session";
    }

    private String checkEnterprise(String enterpriseId) {
        if (enterpriseId.isBlank()) {
            return messages.getMessage("enrol.chooseEnterprise", null, LocaleContextHolder.getLocale());
        }
        if (!enterpriseId.matches(ID)) {
            return messages.getMessage("form.choose", null, LocaleContextHolder.getLocale());
        }
        return null;
    }

    /** A session as its card shows it: open for enrolment or not, the SME's own places, who may still enrol. */
    static Map<String, Object> card(Map<String, Object> session, List<Map<String, String>> enterprises) {
        Map<String, Object> card = new LinkedHashMap<>(session);
        card.put("open", ahead(session.get("enrolmentDeadline")));
        card.put("startsAhead", ahead(session.get("startsAt")));
        List<Map<String, Object>> places = new ArrayList<>();
        if (session.get("places") instanceof List<?> list) {
            for (Object p : list) {
                if (p instanceof Map<?, ?> place) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    place.forEach((k, v) -> row.put(String.valueOf(k), v));
                    row.put("cancellable", CANCELLABLE.contains(String.valueOf(row.get("status")))
                            && Boolean.TRUE.equals(card.get("startsAhead")));
                    places.add(row);
                }
            }
        }
        Set<Object> placed = places.stream().map(p -> p.get("enterpriseId")).collect(Collectors.toSet());
        card.put("mine", places);
        card.put("choices", enterprises.stream().filter(e -> !placed.contains(e.get("id"))).toList());
        int seatsLeft = session.get("seatsLeft") instanceof Number n ? n.intValue() : 0;
        card.put("full", seatsLeft <= 0 && !Boolean.TRUE.equals(session.get("waitlistEnabled")));
        card.put("waitlistOnly", seatsLeft <= 0 && Boolean.TRUE.equals(session.get("waitlistEnabled")));
        return card;
    }

    private static Map<String, Object> unknownSession(String id) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("startsAt", null);
        s.put("endsAt", null);
        s.put("enrolmentDeadline", null);
        s.put("location", null);
        s.put("capacity", null);
        s.put("seatsLeft", null);
        s.put("waiting", null);
        s.put("waitlistEnabled", false);
        s.put("places", List.of());
        return s;
    }

    private static boolean ahead(Object instant) {
        try {
            return instant != null && Instant.parse(String.valueOf(instant)).isAfter(Instant.now());
        } catch (DateTimeParseException notAnInstant) {
            return false;
        }
    }

    /** The SME's enterprises as id and name. */
    private List<Map<String, String>> enterprises(Viewer viewer) {
        List<Map<String, String>> list = new ArrayList<>();
        for (Map<String, Object> e : own.all(viewer)) {
            Object name = e.get("profile") instanceof Map<?, ?> p ? p.get("legalName") : null;
            list.add(Map.of("id", String.valueOf(e.get("id")), "name", String.valueOf(name == null ? e.get("id") : name)));
        }
        return list;
    }

    private static Map<String, String> names(List<Map<String, String>> enterprises) {
        Map<String, String> names = new LinkedHashMap<>();
        enterprises.forEach(e -> names.put(e.get("id"), e.get("name")));
        return names;
    }
}
