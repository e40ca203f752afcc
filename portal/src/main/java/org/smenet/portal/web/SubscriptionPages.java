package org.smenet.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * An SME's (or an agency's) opportunity subscriptions: what it wants to hear about and how (a signed webhook, or a
 * feed it reads as Atom or live in its page), created and deleted here; a webhook's delivery log; the live list of
 * new matches ({@link LiveOpportunities}).
 */
@Controller
@Validated
class SubscriptionPages {

    static final String ID = "[A-Za-z0-9_-]{1,64}";
    static final List<String> KINDS = List.of("BUY_REQUEST", "SELL_OFFER", "PARTNERSHIP", "INVESTMENT_SEEKING",
            "INVESTMENT_OFFERING", "TECHNOLOGY_OFFER", "TECHNOLOGY_REQUEST", "TENDER", "TECHNICAL_COOPERATION");

    private final ServiceCalls services;
    private final Vocabulary vocabulary;

    SubscriptionPages(ServiceCalls services, Vocabulary vocabulary) {
        this.services = services;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/portal/sme/subscriptions")
    String list(Model model) {
        Viewer viewer = Viewer.current();
        if (viewer.signedIn()) {
            model.addAttribute("found", services.getList("opportunities", "/api/opportunities/subscriptions", viewer));
        }
        formModel(model);
        return "subscriptions";
    }

    @PostMapping("/portal/sme/subscriptions")
    String create(@RequestParam MultiValueMap<String, String> form, Model model) {
        Map<String, Object> request = new LinkedHashMap<>();
        String channel = "WEBHOOK".equals(form.getFirst("channel")) ? "WEBHOOK" : "FEED";
        request.put("channel", channel);
        if (channel.equals("WEBHOOK")) {
            request.put("webhookUrl", blankToNull(form.getFirst("webhookUrl")));
        }
        request.put("kinds", values(form, "kinds"));
        request.put("hsPrefixes", values(form, "hsPrefixes"));
        request.put("originEconomies", values(form, "originEconomies"));
        request.put("keywords", keywords(form.getFirst("keywords")));
        Answer created = services.send(HttpMethod.POST, "opportunities", "/api/opportunities/subscriptions", request,
                null, Viewer.current());
        model.addAttribute("created", created);
        return "subscriptions :: created";
    }

    @PostMapping("/portal/sme/subscriptions/{id}/deletion")
    String delete(@PathVariable @Pattern(regexp = ID) String id, Model model) {
        Answer deleted = services.send(HttpMethod.DELETE, "opportunities", "/api/opportunities/subscriptions/" + id,
                null, null, Viewer.current());
        model.addAttribute("deleted", deleted);
        return "subscriptions :: deleted";
    }

    @GetMapping("/portal/sme/subscriptions/{id}")
    String detail(@PathVariable @Pattern(regexp = ID) String id, Model model) {
        Viewer viewer = Viewer.current();
        Answer subscription = viewer.signedIn()
                ? services.get("opportunities", "/api/opportunities/subscriptions/" + id, viewer)
                : new Answer(401, Map.of(), null);
        model.addAttribute("subscription", subscription);
        if (subscription.ok() && "WEBHOOK".equals(subscription.get("channel"))) {
            model.addAttribute("deliveries", services.get("opportunities", Query.of("/api/opportunities/subscriptions/"
                    + id + "/deliveries").with("size", 50).build(), viewer));
        }
        model.addAttribute("id", id);
        return "subscription";
    }

    /** The subscription's Atom feed for the signed-in owner (a feed reader with a token reads the API's directly). */
    @GetMapping(path = "/portal/sme/subscriptions/{id}/feed.atom")
    ResponseEntity<String> atom(@PathVariable @Pattern(regexp = ID) String id) {
        Viewer viewer = Viewer.current();
        Optional<String> atom = viewer.signedIn() ? services.getText("opportunities",
                "/api/opportunities/subscriptions/" + id + "/feed.atom", "application/atom+xml", viewer) : Optional.empty();
        return atom.map(xml -> ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml")).body(xml))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    private void formModel(Model model) {
        model.addAttribute("kinds", KINDS);
        model.addAttribute("economies", vocabulary.economies());
        model.addAttribute("vocabulary", vocabulary);
        model.addAttribute("noCodes", List.of());
    }

    private static List<String> values(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
    }

    private static List<String> keywords(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.split("[,;\\n]+")).stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
