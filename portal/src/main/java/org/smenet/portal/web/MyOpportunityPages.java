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
            Map<String, Object> card = new LinkedHashMap<>(o);
            if (WITH_INTERESTS.contains(String.valueOf(o.get("status")))) {
                card.put("interests", services.get("opportunities",
                        "/api/opportunities/opportunities/" + o.get("id") + "/interests?size=50", viewer));
            }
            cards.add(card);
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
