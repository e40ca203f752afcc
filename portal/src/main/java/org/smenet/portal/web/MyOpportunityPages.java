package org.smenet.portal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import org.smenet.portal.backend.Answer;
import org.smenet.portal.backend.ServiceCalls;
import org.smenet.portal.security.Viewer;

/**
 * An SME's side of the market: the opportunities it published (every status) with the interest each received,
 * which it accepts or declines once a focal point introduced it; and the interests it expressed itself, on this
 * node and abroad, with their answers.
 */
@Controller
@Validated
class MyOpportunityPages {

    /** Statuses in which an opportunity can have received interest. */
    static final Set<String> WITH_INTERESTS = Set.of("PUBLISHED", "CLOSED", "EXPIRED", "ARCHIVED");

    private final ServiceCalls services;

    MyOpportunityPages(ServiceCalls services) {
        this.services = services;
    }

    @GetMapping("/portal/sme/opportunities")
    String mine(Model model) {
        Viewer viewer = Viewer.current();
        if (!viewer.isSme()) {
            return "my-opportunities";
        }
        Answer published = services.get("opportunities",
                "/api/opportunities/opportunities?mine=true&size=20", viewer);
        List<Map<String, Object>> cards = new ArrayList<>();
        for (Map<String, Object> o : published.items()) {
            cards.add(card(o, viewer));
        }
        model.addAttribute("published", published);
        model.addAttribute("cards", cards);

        Answer expressed = services.get("opportunities", "/api/opportunities/interests?size=20", viewer);
        Map<Object, Object> titles = new HashMap<>();
        List<Map<String, Object>> mineExpressed = new ArrayList<>();
        for (Map<String, Object> interest : expressed.items()) {
            Map<String, Object> row = new LinkedHashMap<>(interest);
            row.put("title", titles.computeIfAbsent(interest.get("opportunityId"), id -> {
                Answer o = services.get("opportunities", "/api/opportunities/opportunities/" + id, viewer);
                return o.ok() && o.get("details") instanceof Map<?, ?> d ? d.get("title") : id;
            }));
            mineExpressed.add(row);
        }
        model.addAttribute("expressed", expressed);
        model.addAttribute("expressedRows", mineExpressed);
        model.addAttribute("abroad", services.get("opportunities", "/api/opportunities/interests-abroad?size=20", viewer));
        return "my-opportunities";
    }

    /**
     * The publisher moves its own opportunity on: a draft to review ({@code submission}), a published one closed
     * ({@code closure}), a closed, expired or rejected one archived ({@code archival}); before review, a submitted
     * one taken back to draft ({@code withdrawal}) and a draft thrown away ({@code discard}: the service's
     * {@code DELETE}, which keeps a tombstone). The card comes back in its new status with the actions that status
     * allows, or as it was with the service's refusal.
     */
    @PostMapping("/portal/sme/opportunities/{id}/{action}")
    String act(@PathVariable @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String id,
               @PathVariable @Pattern(regexp = "submission|closure|archival|withdrawal|discard") String action,
               Model model) {
        Viewer viewer = Viewer.current();
        Answer outcome = action.equals("discard")
                ? services.send(HttpMethod.DELETE, "opportunities", "/api/opportunities/opportunities/" + id, null, null,
                        viewer)
                : services.send(HttpMethod.POST, "opportunities",
                        "/api/opportunities/opportunities/" + id + "/" + action, null, null, viewer);
        Answer now = outcome.ok() ? outcome : services.get("opportunities", "/api/opportunities/opportunities/" + id, viewer);
        Map<String, Object> shown = now.ok() && now.body() != null ? now.body() : unknown(id);
        model.addAttribute("o", card(shown, viewer));
        model.addAttribute("acted", outcome);
        model.addAttribute("action", action);
        return "my-opportunities :: card";
    }

    /** The card of an opportunity the service did not show again: its id as its title, no status and no action. */
    private static Map<String, Object> unknown(String id) {
        Map<String, Object> details = new HashMap<>();
        details.put("title", id);
        details.put("deadline", null);
        Map<String, Object> o = new HashMap<>();
        o.put("id", id);
        o.put("status", "UNKNOWN");
        o.put("kind", null);
        o.put("details", details);
        return o;
    }

    /** An opportunity as its card shows it: with the interest it received, in the statuses that can have some. */
    private Map<String, Object> card(Map<String, Object> o, Viewer viewer) {
        Map<String, Object> card = new LinkedHashMap<>(o);
        card.putIfAbsent("rejectionReason", null);
        if (WITH_INTERESTS.contains(String.valueOf(o.get("status")))) {
            card.put("interests", services.get("opportunities",
                    "/api/opportunities/opportunities/" + o.get("id") + "/interests?size=50", viewer));
        }
        return card;
    }

    /**
     * The SME withdraws its own pending interest abroad (requested, open or introduced); the service tells the
     * other economy's node. The row comes back in its new status, or as it was with the service's refusal.
     */
    @PostMapping("/portal/sme/interests-abroad/{id}/withdrawal")
    String withdrawAbroad(@PathVariable @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String id, Model model) {
        Viewer viewer = Viewer.current();
        Answer outcome = services.send(HttpMethod.POST, "opportunities",
                "/api/opportunities/interests-abroad/" + id + "/withdrawal", null, null, viewer);
        Map<String, Object> row = outcome.ok() ? outcome.body()
                : services.get("opportunities", "/api/opportunities/interests-abroad/" + id, viewer).body();
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", id);
        for (String key : List.of("opportunityId", "opportunityTitle", "targetEconomy", "requestedAt", "status", "reason",
                "introducedBy")) {
            shown.put(key, null);
        }
        if (row != null) {
            shown.putAll(row);
        }
        model.addAttribute("a", shown);
        model.addAttribute("outcome", outcome);
        return "my-opportunities :: abroad";
    }

    /** The publisher's answer to an introduced interest: acceptance (its contact goes to the SME) or declination. */
    @PostMapping("/portal/sme/interests/{id}/{answer}")
    String answer(@PathVariable @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String id,
                  @PathVariable @Pattern(regexp = "acceptance|declination") String answer, Model model) {
        Viewer viewer = Viewer.current();
        Answer outcome = services.send(HttpMethod.POST, "opportunities",
                "/api/opportunities/interests/" + id + "/" + answer, null, null, viewer);
        Map<String, Object> interest = outcome.ok() ? outcome.body()
                : services.get("opportunities", "/api/opportunities/interests/" + id, viewer).body();
        Map<String, Object> shown = new LinkedHashMap<>(interest == null || interest.isEmpty() ? Map.of("id", id) : interest);
        model.addAttribute("i", shown);
        model.addAttribute("outcome", outcome);
        return "my-opportunities :: received";
    }
}
