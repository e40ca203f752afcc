package org.smenet.portal.web;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
 * A focal point's work beside verification and introductions: reviewing the opportunities of its economy,
 * its courses with their sessions and attendance, and the consultations of its economy with their summary as
 * charts. Every write is the service's API with the person's token; the services decide who may act.
 */
@Controller
@Validated
class FocalWorkPages {

    static final String ID = "[A-Za-z0-9_-]{1,64}";
    static final List<String> REVIEW_STATUSES = List.of("SUBMITTED", "PUBLISHED", "REJECTED");
    static final List<String> TOPICS = List.of("EXPORT_READINESS", "WTO_RULES", "STANDARDS_AND_SPECIFICATIONS",
            "SANITARY_AND_PHYTOSANITARY", "E_COMMERCE", "TRADE_FINANCING", "INSURANCE", "LOGISTICS");
    static final List<String> LEVELS = List.of("INTRODUCTORY", "INTERMEDIATE", "ADVANCED");
    static final List<String> DELIVERIES = List.of("ONLINE", "IN_PERSON", "HYBRID");

    private final ServiceCalls services;

    FocalWorkPages(ServiceCalls services) {
        this.services = services;
    }

    // ---- opportunity review

    @GetMapping("/portal/focal/opportunities")
    String opportunities(@RequestParam(defaultValue = "SUBMITTED") @Pattern(regexp = "SUBMITTED|PUBLISHED|REJECTED") String status,
                         Model model) {
        Viewer viewer = Viewer.current();
        model.addAttribute("status", status);
        model.addAttribute("statuses", REVIEW_STATUSES);
        model.addAttribute("found", services.get("opportunities", Query.of("/api/opportunities/opportunities")
                .with("status", status).with("origin", viewer.economy()).with("size", 50).build(), viewer));
        return "review";
    }

    @PostMapping("/portal/focal/opportunities/{id}/publication")
    String publish(@PathVariable @Pattern(regexp = ID) String id, Model model) {
        return reviewed(id, services.send(HttpMethod.POST, "opportunities",
                "/api/opportunities/opportunities/" + id + "/publication", null, null, Viewer.current()), model);
    }

    @PostMapping("/portal/focal/opportunities/{id}/rejection")
    String reject(@PathVariable @Pattern(regexp = ID) String id,
                  @RequestParam(required = false) @Size(max = 2000) String reason, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason == null || reason.isBlank() ? null : reason.strip());
        return reviewed(id, services.send(HttpMethod.POST, "opportunities",
                "/api/opportunities/opportunities/" + id + "/rejection", body, null, Viewer.current()), model);
    }

    private String reviewed(String id, Answer answer, Model model) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (answer.ok()) {
            row.putAll(answer.body());
        } else {
            Answer current = services.get("opportunities", "/api/opportunities/opportunities/" + id, Viewer.current());
            row.putAll(current.ok() ? current.body() : Map.of("id", id));
        }
        row.put("outcome", answer);
        model.addAttribute("o", row);
        return "review :: row";
    }

    // ---- courses, sessions and attendance

    @GetMapping("/portal/focal/courses")
    String courses(Model model) {
        Viewer viewer = Viewer.current();
        model.addAttribute("found", services.get("training", Query.of("/api/training/courses")
                .with("economy", viewer.economy()).with("size", 50).build(), viewer));
        choices(model);
        return "focal-courses";
    }

    @PostMapping("/portal/focal/courses")
    String publishCourse(@RequestParam @Size(max = 300) String title,
                         @RequestParam(required = false) @Size(max = 4000) String summary,
                         @RequestParam @Pattern(regexp = "[A-Z_]{2,40}") String topic,
                         @RequestParam @Pattern(regexp = "[A-Z_]{2,40}") String level,
                         @RequestParam @Pattern(regexp = "[a-z]{2,3}") String language,
                         @RequestParam @Pattern(regexp = "[A-Z_]{2,40}") String delivery,
                         @RequestParam(required = false) @Size(max = 300) String location,
                         @RequestParam(required = false) String networkVisible, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("summary", blankToNull(summary));
        body.put("topic", topic);
        body.put("level", level);
        body.put("language", language);
        body.put("delivery", delivery);
        body.put("location", blankToNull(location));
        body.put("networkVisible", networkVisible != null);
        model.addAttribute("published", services.send(HttpMethod.POST, "training", "/api/training/courses", body, null,
                Viewer.current()));
        return "focal-courses :: published";
    }

    @GetMapping("/portal/focal/courses/{id}")
    String course(@PathVariable @Pattern(regexp = ID) String id, Model model) {
        Viewer viewer = Viewer.current();
        model.addAttribute("course", services.get("training", "/api/training/courses/" + id, viewer));
        model.addAttribute("sessions", services.getItems("training", "/api/training/courses/" + id + "/sessions", viewer));
        return "focal-course";
    }

    @PostMapping("/portal/focal/courses/{id}/sessions")
    String schedule(@PathVariable @Pattern(regexp = ID) String id,
                    @RequestParam @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?") String startsAt,
                    @RequestParam @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?") String endsAt,
                    @RequestParam @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?") String enrolmentDeadline,
                    @RequestParam @Min(1) @Max(10_000) int capacity,
                    @RequestParam(required = false) String waitlistEnabled,
                    @RequestParam(required = false) @Size(max = 300) String location, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startsAt", utc(startsAt, "startsAt"));
        body.put("endsAt", utc(endsAt, "endsAt"));
        body.put("enrolmentDeadline", utc(enrolmentDeadline, "enrolmentDeadline"));
        body.put("capacity", capacity);
        body.put("waitlistEnabled", waitlistEnabled != null);
        body.put("location", blankToNull(location));
        Answer scheduled = services.send(HttpMethod.POST, "training", "/api/training/courses/" + id + "/sessions", body,
                null, Viewer.current());
        model.addAttribute("scheduled", scheduled);
        model.addAttribute("s", scheduled.ok() ? scheduled.body() : null);
        return "focal-course :: scheduled";
    }

    @PostMapping("/portal/focal/sessions/{id}/attendance")
    String attend(@PathVariable @Pattern(regexp = ID) String id,
                  @RequestParam @Pattern(regexp = ID) String enterpriseId, Model model) {
        Answer answer = services.send(HttpMethod.POST, "training", "/api/training/sessions/" + id + "/attendance",
                Map.of("enterpriseId", enterpriseId), null, Viewer.current());
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("enterpriseId", enterpriseId);
        place.put("status", answer.ok() ? answer.get("status") : "ENROLLED");
        place.put("outcome", answer);
        model.addAttribute("p", place);
        model.addAttribute("sessionId", id);
        return "focal-course :: place";
    }

    // ---- consultations and their summary

    @GetMapping("/portal/focal/consultations")
    String consultations(Model model) {
        Viewer viewer = Viewer.current();
        model.addAttribute("found", services.get("consultation", Query.of("/api/consultation/consultations")
                .with("economy", viewer.economy()).with("size", 50).build(), viewer));
        return "focal-consultations";
    }

    @GetMapping("/portal/focal/consultations/{id}/summary")
    String summary(@PathVariable @Pattern(regexp = ID) String id, Model model) {
        Viewer viewer = Viewer.current();
        model.addAttribute("consultation", services.get("consultation", "/api/consultation/consultations/" + id, viewer));
        Answer summary = services.get("consultation", "/api/consultation/consultations/" + id + "/summary", viewer);
        model.addAttribute("summary", summary);
        model.addAttribute("respondents", summary.ok() ? breakdowns(summary.get("respondents")) : List.of());
        return "focal-summary";
    }

    /** The respondents' breakdowns as charts: a title key and the rows (label, count, share of the largest). */
    @SuppressWarnings("unchecked")
    static List<Chart> breakdowns(Object respondents) {
        List<Chart> charts = new ArrayList<>();
        if (respondents instanceof Map<?, ?> by) {
            for (String kind : List.of("bySector", "byEconomy", "bySize")) {
                if (by.get(kind) instanceof Map<?, ?> counts && !counts.isEmpty()) {
                    charts.add(Chart.of(kind, (Map<String, Object>) counts));
                }
            }
        }
        return charts;
    }

    /** A bar chart: rows of label and count, each bar's width in percent of the largest count. */
    public record Chart(String kind, List<Bar> bars) {

        public record Bar(String label, long count, long width) {
        }

        static Chart of(String kind, Map<String, Object> counts) {
            long most = 1;
            for (Object count : counts.values()) {
                if (count instanceof Number n) {
                    most = Math.max(most, n.longValue());
                }
            }
            List<Bar> bars = new ArrayList<>();
            for (Map.Entry<String, Object> e : counts.entrySet()) {
                long count = e.getValue() instanceof Number n ? n.longValue() : 0;
                bars.add(new Bar(e.getKey(), count, Math.round(count * 100.0 / most)));
            }
            bars.sort((a, b) -> Long.compare(b.count(), a.count()));
            return new Chart(kind, bars);
        }
    }

    private static void choices(Model model) {
        model.addAttribute("topics", TOPICS);
        model.addAttribute("levels", LEVELS);
        model.addAttribute("deliveries", DELIVERIES);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A {@code datetime-local} value, read as UTC (the form says so). */
    private static String utc(String local, String field) {
        try {
            return LocalDateTime.parse(local).toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException bad) {
            throw new jakarta.validation.ConstraintViolationException(field + " is not a date and time", java.util.Set.of());
        }
    }
}
