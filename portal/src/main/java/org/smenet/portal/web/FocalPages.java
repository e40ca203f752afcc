package org.smenet.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
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
import org.smenet.portal.reference.Vocabulary;
import org.smenet.portal.security.Viewer;

/**
 * A focal point's pages: the enterprises of its economy waiting for verification, the introductions asked of it
 * for an enterprise, and the introduction funnel of its economy. The services decide who may act; these pages
 * show their refusal when a person is not a designated focal point.
 */
@Controller
@Validated
class FocalPages {

    private final ServiceCalls services;
    private final Vocabulary vocabulary;

    FocalPages(ServiceCalls services, Vocabulary vocabulary) {
        this.services = services;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/portal/focal/verification")
    String queue(Model model) {
        Viewer viewer = Viewer.current();
        model.addAttribute("found", services.get("registry", Query.of("/api/registry/enterprises")
                .with("economy", viewer.economy()).with("verified", false).with("size", 50).build(), viewer));
        return "verification";
    }

    @PostMapping("/portal/focal/enterprises/{id}/verification")
    String verify(@PathVariable @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String id, Model model) {
        Viewer viewer = Viewer.current();
        Answer answer = services.send(HttpMethod.POST, "registry", "/api/registry/enterprises/" + id + "/verification",
                null, null, viewer);
        Map<String, Object> row = new LinkedHashMap<>();
        if (answer.ok()) {
            row.putAll(answer.body());
        } else {
            Answer current = services.get("registry", "/api/registry/enterprises/" + id, viewer);
            row.putAll(current.ok() ? current.body() : Map.of("id", id));
        }
        row.put("outcome", answer);
        model.addAttribute("e", row);
        return "verification :: row";
    }

    @GetMapping("/portal/focal/introductions")
    String introductions(@RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9_-]{0,64}") String enterprise,
                         Model model) {
        Viewer viewer = Viewer.current();
        enterprise = enterprise == null || enterprise.isBlank() ? null : enterprise;
        model.addAttribute("enterprise", enterprise);
        // without an enterprise: every introduction asked of the focal point's economy (matchmaking's work list)
        Answer found = services.get("matchmaking", Query.of("/api/matchmaking/matches")
                .with("enterpriseId", enterprise).with("stage", "INTRODUCTION_REQUESTED").with("size", 50).build(),
                viewer);
        named(found.items(), viewer);
        model.addAttribute("found", found);
        return "introductions";
    }

    @PostMapping("/portal/focal/matches/{id}/introduction")
    String introduce(@PathVariable @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String id,
                     @RequestParam @Pattern(regexp = "[0-9]{1,18}") String version, Model model) {
        Viewer viewer = Viewer.current();
        Answer answer = services.send(HttpMethod.POST, "matchmaking", "/api/matchmaking/matches/" + id + "/introduction",
                null, "\"" + version + "\"", viewer);
        Map<String, Object> row = new LinkedHashMap<>(answer.ok() ? answer.body() : Map.of("id", id));
        row.put("outcome", answer);
        named(java.util.List.of(row), viewer);
        model.addAttribute("m", row);
        return "introductions :: row";
    }

    /**
     * Adds the two enterprises' names to each match ({@code enterpriseName}, {@code partnerName}) from the
     * network directory, asked once per enterprise and in parallel; an enterprise not found keeps its number.
     */
    private void named(java.util.List<Map<String, Object>> matches, Viewer viewer) {
        Map<String, java.util.concurrent.CompletableFuture<Answer>> asked = new LinkedHashMap<>();
        for (Map<String, Object> m : matches) {
            for (String key : new String[] {"enterpriseId", "partnerId"}) {
                if (m.get(key) instanceof String enterpriseId && enterpriseId.matches("[A-Za-z0-9_-]{1,64}")) {
                    asked.computeIfAbsent(enterpriseId, e -> java.util.concurrent.CompletableFuture.supplyAsync(
                            () -> services.get("registry", "/api/registry/network/enterprises/" + e, viewer)));
                }
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        asked.forEach((enterpriseId, answer) -> {
            Answer found = answer.join();
            if (found.ok() && found.get("profile") instanceof Map<?, ?> profile && profile.get("legalName") != null) {
                names.put(enterpriseId, String.valueOf(profile.get("legalName")));
            }
        });
        for (Map<String, Object> m : matches) {
            m.put("enterpriseName", names.get(String.valueOf(m.get("enterpriseId"))));
            m.put("partnerName", names.get(String.valueOf(m.get("partnerId"))));
        }
    }

    @GetMapping("/portal/focal/funnel")
    String funnel(@RequestParam(required = false) @Pattern(regexp = "[A-Z]{2}") String economy, Model model) {
        Viewer viewer = Viewer.current();
        Answer funnel = services.get("matchmaking", Query.of("/api/matchmaking/funnel").with("economy", economy).build(),
                viewer);
        model.addAttribute("funnel", funnel);
        long most = 1;
        if (funnel.ok() && funnel.get("stages") instanceof Map<?, ?> stages) {
            for (Object count : stages.values()) {
                if (count instanceof Number n) {
                    most = Math.max(most, n.longValue());
                }
            }
        }
        model.addAttribute("most", most);
        model.addAttribute("economyName", vocabulary.economyName(funnel.ok() ? String.valueOf(funnel.get("economy"))
                : viewer.economy()));
        return "funnel";
    }
}
