package org.smenet.portal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * The opportunity form of an SME: its fields as the values the form shows (from what was typed, or from the
 * service's opportunity), checked before anything is sent, and as the opportunities service's request body.
 * The deadline is a day; it ends at 23:59:59 UTC.
 */
final class OpportunityForm {

    /** What the form asks for, in the order the page shows them (a refusal naming another field shows on top). */
    static final List<String> FIELDS = List.of("kind", "title", "description", "hsCodes", "isicCodes", "targetEconomies",
            "cooperationType", "valueMin", "valueMax", "currency", "deadline", "networkVisible", "contactName",
            "contactEmail", "contactPhone");
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5000;

    /** One field's problem: the message key and its arguments. */
    record Problem(String field, String key, Object... args) {
    }

    private OpportunityForm() {
    }

    static Map<String, Object> blank() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", null);
        v.put("version", null);
        v.put("status", null);
        v.put("kind", "SELL_OFFER");
        v.put("title", "");
        v.put("description", "");
        v.put("hsCodes", List.of());
        v.put("isicCodes", List.of());
        v.put("targetEconomies", List.of());
        v.put("cooperationType", "");
        v.put("valueMin", "");
        v.put("valueMax", "");
        v.put("currency", "");
        v.put("deadline", "");
        v.put("languages", List.of());
        v.put("networkVisible", true);
        v.put("contactName", "");
        v.put("contactEmail", "");
        v.put("contactPhone", "");
        return v;
    }

    /** What was typed, to show again. */
    static Map<String, Object> fromForm(MultiValueMap<String, String> form) {
        Map<String, Object> v = blank();
        v.put("id", blankToNull(form.getFirst("id")));
        v.put("version", blankToNull(form.getFirst("version")));
        v.put("status", blankToNull(form.getFirst("status")));
        for (String text : List.of("kind", "title", "description", "cooperationType", "valueMin", "valueMax", "currency",
                "deadline", "contactName", "contactEmail", "contactPhone")) {
            String value = form.getFirst(text);
            v.put(text, value == null ? "" : value.strip());
        }
        for (String list : List.of("hsCodes", "isicCodes", "targetEconomies", "languages")) {
            v.put(list, list(form, list));
        }
        v.put("networkVisible", form.containsKey("networkVisible"));
        return v;
    }

    /** The service's opportunity (an OpportunityView), as the form shows it. */
    static Map<String, Object> fromOpportunity(Map<String, Object> o) {
        Map<String, Object> v = blank();
        v.put("id", o.get("id"));
        v.put("version", o.get("version") == null ? null : String.valueOf(o.get("version")));
        v.put("status", o.get("status"));
        v.put("kind", o.get("kind"));
        if (o.get("details") instanceof Map<?, ?> d) {
            v.put("title", text(d.get("title")));
            v.put("description", text(d.get("description")));
            v.put("hsCodes", d.get("hsCodes") instanceof List<?> l ? l : List.of());
            v.put("isicCodes", d.get("isicCodes") instanceof List<?> l ? l : List.of());
            v.put("targetEconomies", d.get("targetEconomies") instanceof List<?> l ? l : List.of());
            v.put("languages", d.get("languages") instanceof List<?> l ? l : List.of());
            v.put("cooperationType", text(d.get("cooperationType")));
            v.put("valueMin", text(d.get("valueMin")));
            v.put("valueMax", text(d.get("valueMax")));
            v.put("currency", text(d.get("currency")));
            v.put("deadline", day(d.get("deadline")));
            v.put("networkVisible", Boolean.TRUE.equals(d.get("networkVisible")));
        }
        return v;
    }

    /** The form's own checks, so a plain mistake is answered in the reader's language without a call. */
    static List<Problem> check(Map<String, Object> v, List<String> kinds, List<String> cooperation, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (!kinds.contains(String.valueOf(v.get("kind")))) {
            problems.add(new Problem("kind", "form.required"));
        }
        String title = (String) v.get("title");
        if (title.isEmpty()) {
            problems.add(new Problem("title", "form.required"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new Problem("title", "form.tooLong", MAX_TITLE));
        }
        String description = (String) v.get("description");
        if (description.isEmpty()) {
            problems.add(new Problem("description", "form.required"));
        } else if (description.length() > MAX_DESCRIPTION) {
            problems.add(new Problem("description", "form.tooLong", MAX_DESCRIPTION));
        }
        String type = (String) v.get("cooperationType");
        if (!type.isEmpty() && !cooperation.contains(type)) {
            problems.add(new Problem("cooperationType", "form.choose"));
        }
        for (String amount : List.of("valueMin", "valueMax")) {
            String value = (String) v.get(amount);
            if (!value.isEmpty() && !value.matches("[0-9]{1,15}")) {
                problems.add(new Problem(amount, "form.wholeNumber"));
            }
        }
        String min = (String) v.get("valueMin");
        String max = (String) v.get("valueMax");
        if (min.matches("[0-9]{1,15}") && max.matches("[0-9]{1,15}") && Long.parseLong(min) > Long.parseLong(max)) {
            problems.add(new Problem("valueMax", "form.maxBelowMin"));
        }
        String currency = (String) v.get("currency");
        if (!currency.isEmpty() && !currency.matches("[A-Za-z]{3}")) {
            problems.add(new Problem("currency", "form.currency"));
        } else if (currency.isEmpty() && (!min.isEmpty() || !max.isEmpty())) {
            problems.add(new Problem("currency", "form.currencyNeeded"));
        }
        String deadline = (String) v.get("deadline");
        if (deadline.isEmpty()) {
            problems.add(new Problem("deadline", "form.required"));
        } else {
            try {
                if (LocalDate.parse(deadline).isBefore(today)) {
                    problems.add(new Problem("deadline", "form.future"));
                }
            } catch (DateTimeParseException notADate) {
                problems.add(new Problem("deadline", "form.date"));
            }
        }
        String email = (String) v.get("contactEmail");
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+")) {
            problems.add(new Problem("contactEmail", "form.email"));
        }
        String phone = (String) v.get("contactPhone");
        if (!phone.isEmpty() && !phone.matches("[0-9 +()\\-]{3,40}")) {
            problems.add(new Problem("contactPhone", "form.phone"));
        }
        return problems;
    }

    /** The opportunities service's OpportunityRequest; only called on values that passed {@link #check}. */
    static Map<String, Object> toRequest(Map<String, Object> v, boolean withContact) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("kind", v.get("kind"));
        request.put("title", v.get("title"));
        request.put("description", v.get("description"));
        request.put("hsCodes", v.get("hsCodes"));
        request.put("isicCodes", v.get("isicCodes"));
        request.put("targetEconomies", v.get("targetEconomies"));
        request.put("cooperationType", emptyToNull(v.get("cooperationType")));
        request.put("valueMin", amount(v.get("valueMin")));
        request.put("valueMax", amount(v.get("valueMax")));
        Object currency = emptyToNull(v.get("currency"));
        request.put("currency", currency == null ? null : String.valueOf(currency).toUpperCase(java.util.Locale.ROOT));
        request.put("deadline", LocalDate.parse((String) v.get("deadline")).atTime(LocalTime.of(23, 59, 59))
                .toInstant(ZoneOffset.UTC).toString());
        request.put("languages", v.get("languages"));
        request.put("networkVisible", v.get("networkVisible"));
        if (withContact && !(String.valueOf(v.get("contactName")) + v.get("contactEmail") + v.get("contactPhone")).isEmpty()) {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("name", emptyToNull(v.get("contactName")));
            contact.put("email", emptyToNull(v.get("contactEmail")));
            contact.put("phone", emptyToNull(v.get("contactPhone")));
            request.put("contact", contact);
        }
        return request;
    }

    private static String day(Object deadline) {
        if (deadline == null) {
            return "";
        }
        try {
            return Instant.parse(String.valueOf(deadline)).atZone(ZoneOffset.UTC).toLocalDate().toString();
        } catch (DateTimeParseException notAnInstant) {
            return "";
        }
    }

    private static Long amount(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        return text.isEmpty() ? null : Long.valueOf(text);
    }

    private static Object emptyToNull(Object value) {
        return value == null || String.valueOf(value).isBlank() ? null : value;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static List<String> list(MultiValueMap<String, String> form, String field) {
        List<String> values = form.get(field);
        return values == null ? List.of()
                : values.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
