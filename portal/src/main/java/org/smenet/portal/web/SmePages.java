package org.smenet.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.smenet.portal.backend.Answer;
import org.smenet.portal.backend.ServiceCalls;
import org.smenet.portal.reference.Vocabulary;
import org.smenet.portal.security.Viewer;

/** An SME's own pages: its profile (with the HS and ISIC pickers) and its matches, where it expresses interest. */
@Controller
@Validated
class SmePages {

    static final List<String> SIZE_CLASSES = List.of("MICRO", "SMALL", "MEDIUM");
    static final List<String> COOPERATION = List.of("DISTRIBUTION", "SUPPLY", "JOINT_VENTURE", "LICENSING",
            "TECHNOLOGY_TRANSFER", "SUBCONTRACTING", "INVESTMENT");
    /** The introduction steps, in order, as a match goes through them. */
    static final List<String> STEPS = List.of("SUGGESTED", "INTERESTED", "INTRODUCTION_REQUESTED", "INTRODUCED", "AGREED");

    private final ServiceCalls services;
    private final Vocabulary vocabulary;
    private final OwnEnterprise own;

    SmePages(ServiceCalls services, Vocabulary vocabulary, OwnEnterprise own) {
        this.services = services;
        this.vocabulary = vocabulary;
        this.own = own;
    }

    @GetMapping("/portal/sme/profile")
    String profile(Model model) {
        Viewer viewer = Viewer.current();
        Optional<Map<String, Object>> enterprise = own.of(viewer);
        formModel(model, enterprise.orElse(null), null);
        return "profile";
    }

    @PostMapping("/portal/sme/profile")
    String saveProfile(@RequestParam MultiValueMap<String, String> form, Model model) {
        Viewer viewer = Viewer.current();
        Map<String, Object> request = ProfileForm.toRequest(form);
        String id = form.getFirst("id");
        Answer saved = id == null || id.isBlank()
                ? services.send(HttpMethod.POST, "registry", "/api/registry/enterprises", request, null, viewer)
                : services.send(HttpMethod.PUT, "registry", "/api/registry/enterprises/" + id.replaceAll("[^A-Za-z0-9_-]", ""),
                        request, "\"" + form.getFirst("version") + "\"", viewer);
        formModel(model, saved.ok() ? saved.body() : ProfileForm.asEnterprise(form), saved);
        return "profile :: form";
    }

    @GetMapping("/portal/sme/matches")
    String matches(Model model) {
        Viewer viewer = Viewer.current();
        Optional<Map<String, Object>> enterprise = own.of(viewer);
        model.addAttribute("enterprise", enterprise.orElse(null));
        if (enterprise.isPresent()) {
            Answer found = services.get("matchmaking", Query.of("/api/matchmaking/matches")
                    .with("enterpriseId", enterprise.get().get("id")).with("size", 20).build(), viewer);
            model.addAttribute("found", found);
            List<Map<String, Object>> cards = new ArrayList<>();
            for (Map<String, Object> match : found.items()) {
                cards.add(card(match, viewer));
            }
            model.addAttribute("cards", cards);
        }
        model.addAttribute("steps", STEPS);
        return "matches";
    }

    @PostMapping("/portal/sme/matches/{id}/{step}")
    String advance(@PathVariable @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String id,
                   @PathVariable @Pattern(regexp = "interest|introduction-request") String step,
                   @RequestParam @Pattern(regexp = "[0-9]{1,18}") String version, Model model) {
        Viewer viewer = Viewer.current();
        Answer answer = services.send(HttpMethod.POST, "matchmaking", "/api/matchmaking/matches/" + id + "/" + step,
                null, "\"" + version + "\"", viewer);
        Map<String, Object> match = answer.ok() ? answer.body()
                : services.get("matchmaking", "/api/matchmaking/matches/" + id, viewer).body();
        Map<String, Object> card = card(match == null ? Map.of("id", id) : match, viewer);
        card.put("outcome", answer);
        model.addAttribute("card", card);
        model.addAttribute("steps", STEPS);
        return "matches :: card";
    }

    /** A match as its card shows it: the partner by name, the reasons in words, where it stands. */
    private Map<String, Object> card(Map<String, Object> match, Viewer viewer) {
        Map<String, Object> card = new LinkedHashMap<>(match);
        Object partnerId = match.get("partnerId");
        if (partnerId != null) {
            Answer partner = services.get("registry", "/api/registry/network/enterprises/" + partnerId, viewer);
            card.put("partner", partner.ok() ? partner.body() : null);
        }
        card.put("reasonsInWords", Reasons.inWords(match.get("reasons"), vocabulary));
        card.put("stepIndex", STEPS.indexOf(String.valueOf(match.get("stage"))));
        return card;
    }

    private void formModel(Model model, Map<String, Object> enterprise, Answer outcome) {
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("profile", enterprise == null ? Map.of() : enterprise.getOrDefault("profile", Map.of()));
        model.addAttribute("outcome", outcome);
        model.addAttribute("sizeClasses", SIZE_CLASSES);
        model.addAttribute("cooperationTypes", COOPERATION);
        model.addAttribute("economies", vocabulary.economies());
        model.addAttribute("vocabulary", vocabulary);
    }
}
