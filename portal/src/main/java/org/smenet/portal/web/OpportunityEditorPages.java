package org.smenet.portal.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/**
 * An SME writes its own opportunity: a new draft, a draft (or a rejected one) edited with If-Match, then submitted
 * for review from the editor or from "my opportunities" ({@link MyOpportunityPages}). The form is checked here first
 * (messages in the reader's language, each next to its field); what the service refuses is shown at the field it
 * names, or above the form.
 */
@Controller
@Validated
class OpportunityEditorPages {

    private final ServiceCalls services;
    private final Vocabulary vocabulary;
    private final MessageSource messages;
    private final Refusals refusals;

    OpportunityEditorPages(ServiceCalls services, Vocabulary vocabulary, MessageSource messages, Refusals refusals) {
        this.services = services;
        this.vocabulary = vocabulary;
        this.messages = messages;
        this.refusals = refusals;
    }

    @GetMapping("/portal/sme/opportunities/new")
    String blank(Model model) {
        editorModel(model, OpportunityForm.blank(), Map.of(), null, false);
        return "opportunity-form";
    }

    @GetMapping("/portal/sme/opportunities/{id}/edit")
    String edit(@PathVariable @Pattern(regexp = SubscriptionPages.ID) String id, Model model) {
        Viewer viewer = Viewer.current();
        Answer loaded = viewer.isSme()
                ? services.get("opportunities", "/api/opportunities/opportunities/" + id, viewer)
                : new Answer(403, Map.of(), null);
        model.addAttribute("loaded", loaded);
        editorModel(model, loaded.ok() ? OpportunityForm.fromOpportunity(loaded.body()) : OpportunityForm.blank(),
                Map.of(), null, false);
        return "opportunity-form";
    }

    @PostMapping("/portal/sme/opportunities/drafts")
    String draft(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        return save(null, form, model, response);
    }

    @PostMapping("/portal/sme/opportunities/{id}")
    String revise(@PathVariable @Pattern(regexp = SubscriptionPages.ID) String id,
                  @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        return save(id, form, model, response);
    }

    private String save(String id, MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        Viewer viewer = Viewer.current();
        Map<String, Object> values = OpportunityForm.fromForm(form);
        values.put("id", id);
        Map<String, String> errors = new LinkedHashMap<>();
        Locale locale = LocaleContextHolder.getLocale();
        for (OpportunityForm.Problem p : OpportunityForm.check(values, SubscriptionPages.KINDS, SmePages.COOPERATION,
                LocalDate.now(ZoneOffset.UTC))) {
            errors.putIfAbsent(p.field(), messages.getMessage(p.key(), p.args(), locale));
        }
        if (id != null && !String.valueOf(values.get("version")).matches("[0-9]{1,18}")) {
            errors.putIfAbsent("version", messages.getMessage("form.reload", null, locale));
        }
        if (!errors.isEmpty()) {
            editorModel(model, values, errors, null, false);
            return "opportunity-form :: editor";
        }
        Map<String, Object> request = OpportunityForm.toRequest(values, id == null);
        Answer saved = id == null
                ? services.send(HttpMethod.POST, "opportunities", "/api/opportunities/opportunities", request, null, viewer)
                : services.send(HttpMethod.PUT, "opportunities", "/api/opportunities/opportunities/" + id, request,
                        "\"" + values.get("version") + "\"", viewer);
        if (saved.ok()) {
            Map<String, Object> now = OpportunityForm.fromOpportunity(saved.body());
            response.setHeader("HX-Push-Url", "/portal/sme/opportunities/" + now.get("id") + "/edit");
            editorModel(model, now, Map.of(), null, true);
            return "opportunity-form :: editor";
        }
        String field = refusals.field(saved);
        if (field != null && OpportunityForm.FIELDS.contains(field)) {
            errors.put(field, messages.getMessage("form.refused", new Object[] {saved.detail()}, locale));
            editorModel(model, values, errors, null, false);
        } else {
            editorModel(model, values, errors, saved, false);
        }
        return "opportunity-form :: editor";
    }

    private void editorModel(Model model, Map<String, Object> values, Map<String, String> errors, Answer outcome,
                             boolean saved) {
        model.addAttribute("f", values);
        model.addAttribute("errors", errors);
        model.addAttribute("outcome", outcome);
        model.addAttribute("saved", saved);
        model.addAttribute("kinds", SubscriptionPages.KINDS);
        model.addAttribute("cooperationTypes", SmePages.COOPERATION);
        model.addAttribute("economies", vocabulary.economies());
        model.addAttribute("vocabulary", vocabulary);
        model.addAttribute("editable", values.get("id") == null
                || "DRAFT".equals(values.get("status")) || "REJECTED".equals(values.get("status")));
    }
}
