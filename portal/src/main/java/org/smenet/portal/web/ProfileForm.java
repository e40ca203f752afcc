package org.smenet.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/** The profile form's fields as the registry's enterprise request, and back (to show what was typed after a refusal). */
final class ProfileForm {

    private ProfileForm() {
    }

    static Map<String, Object> toRequest(MultiValueMap<String, String> form) {
        Map<String, Object> request = new LinkedHashMap<>();
        String registration = blankToNull(form.getFirst("registrationNumber"));
        if (registration != null) {
            request.put("registrationNumber", registration);
        }
        request.put("legalName", blankToNull(form.getFirst("legalName")));
        request.put("sizeClass", blankToNull(form.getFirst("sizeClass")));
        String year = blankToNull(form.getFirst("yearFounded"));
        request.put("yearFounded", year != null && year.matches("[0-9]{4}") ? Integer.valueOf(year) : null);
        request.put("isicCodes", list(form, "isicCodes"));
        request.put("hsOffered", list(form, "hsOffered"));
        request.put("hsSought", list(form, "hsSought"));
        request.put("cooperationOffered", list(form, "cooperationOffered"));
        request.put("cooperationSought", list(form, "cooperationSought"));
        request.put("targetEconomies", list(form, "targetEconomies"));
        request.put("languages", list(form, "languages"));
        request.put("website", blankToNull(form.getFirst("website")));
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", blankToNull(form.getFirst("contactName")));
        contact.put("email", blankToNull(form.getFirst("contactEmail")));
        request.put("contact", contact);
        request.put("publicProfile", form.containsKey("publicProfile"));
        return request;
    }

    /** What the form held, shaped like an enterprise so the form shows it again. */
    static Map<String, Object> asEnterprise(MultiValueMap<String, String> form) {
        Map<String, Object> request = toRequest(form);
        Map<String, Object> enterprise = new LinkedHashMap<>();
        enterprise.put("id", blankToNull(form.getFirst("id")));
        enterprise.put("version", blankToNull(form.getFirst("version")));
        enterprise.put("registrationNumber", request.get("registrationNumber"));
        enterprise.put("profile", request);
        enterprise.put("contact", request.get("contact"));
        return enterprise;
    }

    private static List<String> list(MultiValueMap<String, String> form, String field) {
        List<String> values = form.get(field);
        return values == null ? List.of() : values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
