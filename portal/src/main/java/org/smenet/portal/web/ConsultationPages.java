package org.smenet.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.smenet.portal.security.Viewer;

/**
 * One consultation: its sections and questions for anyone, and for a signed-in person the answer form
 * (one field per question, by its kind). The consultation service decides who may answer.
 */
@Controller
@Validated
class ConsultationPages {

    static final String ID = "[A-Za-z0-9_-]{1,64}";

    private final ServiceCalls services;

    ConsultationPages(ServiceCalls services) {
        this.services = services;
    }

    @GetMapping("/portal/consultations/{id}")
    String consultation(@PathVariable @Pattern(regexp = ID) String id, Model model) {
        model.addAttribute("consultation", services.get("consultation", "/api/consultation/consultations/" + id,
                Viewer.current()));
        return "consultation";
    }

    @PostMapping("/portal/me/consultations/{id}/submission")
    String answer(@PathVariable @Pattern(regexp = ID) String id, @RequestParam MultiValueMap<String, String> form,
                  Model model) {
        Viewer viewer = Viewer.current();
        Answer sent = services.send(HttpMethod.POST, "consultation",
                "/api/consultation/consultations/" + id + "/submissions", submission(form), null, viewer);
        model.addAttribute("sent", sent);
        return "consultation :: outcome";
    }

    /** Fields {@code answer-<questionId>} (text, choice(s) or a 1–5 scale) as the service's submission request. */
    static Map<String, Object> submission(MultiValueMap<String, String> form) {
        List<Map<String, Object>> answers = new ArrayList<>();
        form.forEach((field, values) -> {
            if (!field.startsWith("answer-") || values.isEmpty()) {
                return;
            }
            String questionId = field.substring("answer-".length());
            String kind = form.getFirst("kind-" + questionId);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("questionId", questionId);
            switch (kind == null ? "FREE_TEXT" : kind) {
                case "SINGLE_CHOICE", "MULTIPLE_CHOICE" -> answer.put("choices", values);
                case "AGREEMENT_SCALE" -> answer.put("scale", values.get(0).matches("[1-5]") ? Integer.valueOf(values.get(0)) : null);
                default -> answer.put("text", values.get(0));
            }
            if (!"".equals(values.get(0))) {
                answers.add(answer);
            }
        });
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("answers", answers);
        request.put("comments", List.of());
        request.put("confidential", form.containsKey("confidential"));
        return request;
    }
}
