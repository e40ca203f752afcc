package org.smenet.portal.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.smenet.portal.reference.Vocabulary;

/**
 * Type-ahead over the reference data, in words: htmx asks as the person types and swaps in the suggestions;
 * choosing one adds a chip (a checked checkbox named after the form field, so it goes with the form).
 */
@Controller
@Validated
class Pickers {

    private final Vocabulary vocabulary;

    Pickers(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @GetMapping("/portal/pickers/hs")
    String products(@RequestParam @Pattern(regexp = "hsOffered|hsSought|hs|hsPrefixes|hsCodes") String field,
                    @RequestParam(defaultValue = "") @Size(max = 100) String q, Model model) {
        model.addAttribute("field", field);
        model.addAttribute("q", q);
        model.addAttribute("terms", vocabulary.products(q, 8));
        return "pickers :: suggestions";
    }

    @GetMapping("/portal/pickers/isic")
    String activities(@RequestParam @Pattern(regexp = "isicCodes") String field,
                      @RequestParam(defaultValue = "") @Size(max = 100) String q, Model model) {
        model.addAttribute("field", field);
        model.addAttribute("q", q);
        model.addAttribute("terms", vocabulary.activities(q, 8));
        return "pickers :: suggestions";
    }

    @GetMapping("/portal/pickers/chip")
    String chip(@RequestParam @Pattern(regexp = "hsOffered|hsSought|isicCodes|hsPrefixes|hsCodes") String field,
                @RequestParam @Pattern(regexp = "[0-9A-U]{1,6}") String code, Model model) {
        model.addAttribute("field", field);
        model.addAttribute("code", code);
        model.addAttribute("words", vocabulary.describe(code));
        return "pickers :: chip";
    }
}
