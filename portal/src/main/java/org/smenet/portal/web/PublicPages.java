package org.smenet.portal.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.smenet.portal.backend.Answer;
import org.smenet.portal.backend.ServiceCalls;
import org.smenet.portal.reference.Vocabulary;
import org.smenet.portal.security.Viewer;

/** The pages anyone may read: the network directory, opportunities, courses, consultations, certificate checks. */
@Controller
@Validated
class PublicPages {

    static final String CODE = "[0-9A-Za-z]{0,6}";
    static final String ECONOMY = "([A-Z]{2})?";

    private final ServiceCalls services;
    private final Vocabulary vocabulary;

    PublicPages(ServiceCalls services, Vocabulary vocabulary) {
        this.services = services;
        this.vocabulary = vocabulary;
    }

    @GetMapping({"/", "/portal", "/portal/"})
    String home(Model model) {
        model.addAttribute("economies", vocabulary.economies());
        return "home";
    }

    /** Reached only after the gateway signed the person in (a signed-in path there). */
    @GetMapping("/portal/sign-in")
    String signedIn() {
        return "redirect:/portal";
    }

    @GetMapping("/portal/directory")
    String directory(@RequestParam(required = false) @Size(max = 100) String q,
                     @RequestParam(required = false) @Pattern(regexp = "([0-9]{2,6})?") String hs,
                     @RequestParam(required = false) @Pattern(regexp = ECONOMY) String economy,
                     @RequestParam(required = false) @Pattern(regexp = CODE) String isic,
                     @RequestParam(defaultValue = "0") int page,
                     Model model, HttpServletRequest request) {
        hs = hs == null || hs.isBlank() ? null : hs;
        List<Vocabulary.Term> products = hs == null ? vocabulary.products(q, 6) : List.of();
        String productCode = hs != null ? hs : products.isEmpty() ? null : products.get(0).code();
        boolean nothingForWords = q != null && !q.isBlank() && productCode == null;
        Answer found = nothingForWords ? null : services.get("registry", Query.of("/api/registry/network/enterprises")
                .with("hs", productCode).with("economy", economy).with("isic", isic)
                .with("page", Math.max(0, page)).with("size", 20).build(), Viewer.current());
        model.addAttribute("q", q);
        model.addAttribute("hs", productCode);
        model.addAttribute("hsWords", productCode == null ? null : vocabulary.product(productCode).orElse(productCode));
        model.addAttribute("products", products);
        model.addAttribute("economy", economy);
        model.addAttribute("isic", isic);
        model.addAttribute("nothingForWords", nothingForWords);
        model.addAttribute("found", found);
        model.addAttribute("economies", vocabulary.economies());
        model.addAttribute("sectors", vocabulary.isicSections());
        return htmx(request) ? "directory :: results" : "directory";
    }

    @GetMapping("/portal/opportunities")
    String opportunities(@RequestParam(required = false) @Size(max = 100) String q,
                         @RequestParam(required = false) @Pattern(regexp = ECONOMY) String origin,
                         @RequestParam(defaultValue = "0") int page,
                         Model model, HttpServletRequest request) {
        String text = q != null && q.strip().length() >= 2 ? q.strip() : null;
        Answer found = services.get("opportunities", Query.of("/api/opportunities/opportunities")
                .with("text", text).with("origin", origin).with("page", Math.max(0, page)).with("size", 20).build(),
                Viewer.current());
        model.addAttribute("q", q);
        model.addAttribute("origin", origin);
        model.addAttribute("found", found);
        model.addAttribute("economies", vocabulary.economies());
        return htmx(request) ? "opportunities :: results" : "opportunities";
    }

    @GetMapping("/portal/courses")
    String courses(@RequestParam(required = false) @Pattern(regexp = ECONOMY) String economy,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("economy", economy);
        model.addAttribute("found", services.get("training", Query.of("/api/training/network/courses")
                .with("economy", economy).with("page", Math.max(0, page)).with("size", 20).build(), Viewer.current()));
        model.addAttribute("economies", vocabulary.economies());
        return "courses";
    }

    @GetMapping("/portal/consultations")
    String consultations(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("found", services.get("consultation", Query.of("/api/consultation/consultations")
                .with("status", "OPEN").with("page", Math.max(0, page)).with("size", 20).build(), Viewer.current()));
        return "consultations";
    }

    @GetMapping("/portal/certificates")
    String certificates(@RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String certificate,
                        Model model) {
        model.addAttribute("certificate", certificate);
        if (certificate != null) {
            model.addAttribute("verification", services.getPublic("training",
                    Query.of("/api/training/verifications").with("certificate", certificate).build()));
        }
        return "certificates";
    }

    static boolean htmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
    }
}
