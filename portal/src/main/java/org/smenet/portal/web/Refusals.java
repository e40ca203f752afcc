package org.smenet.portal.web;

import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.smenet.portal.backend.Answer;

/**
 * A service's refusal of an SME's write (RFC 9457 problem) in the reader's words: a message for its kind
 * ({@code refusal.session-full}, {@code refusal.forbidden}…, falling back to the status), the field it names as the
 * form labels it, and the service's own detail beside it. Pages use it as {@code @refusals}.
 */
@Component("refusals")
public class Refusals {

    private static final String TYPE_BASE = "https://smenet.org/problems/";

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    /** The problem's kind: the domain rule it names, else the last part of its type URI, else its status. */
    public String code(Answer answer) {
        Object rule = answer.get("rule");
        if (rule != null) {
            return String.valueOf(rule);
        }
        Object type = answer.get("type");
        if (type != null && String.valueOf(type).startsWith(TYPE_BASE)) {
            return String.valueOf(type).substring(TYPE_BASE.length());
        }
        return "status-" + answer.status();
    }

    public String message(Answer answer) {
        Locale locale = LocaleContextHolder.getLocale();
        String known = messages.getMessage("refusal." + code(answer), null, null, locale);
        if (known != null) {
            return known;
        }
        String byStatus = switch (answer.status()) {
            case 401 -> "notice.signIn";
            case 403 -> "refusal.forbidden";
            case 404 -> "refusal.not-found";
            case 409 -> "refusal.conflict";
            case 412, 428 -> "refusal.precondition-failed";
            case 503 -> "notice.unavailable";
            default -> answer.status() >= 500 ? "notice.unavailable" : "refusal.invalid-field";
        };
        return messages.getMessage(byStatus, null, byStatus, locale);
    }

    /** The field a refusal names, as the portal's forms call it ({@code hsCodes[0]} → hsCodes, contact.email → contactEmail). */
    public String field(Answer answer) {
        String field = answer.field();
        if (field == null || field.isBlank()) {
            return null;
        }
        String plain = field.replaceAll("\\[[0-9]+]", "").replaceFirst("^details\\.", "");
        if (plain.startsWith("contact.") && plain.length() > "contact.".length()) {
            String rest = plain.substring("contact.".length());
            return "contact" + Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        return plain;
    }

    /** A field's label in the reader's language (the field's own name when the portal has no label for it). */
    public String fieldLabel(String field) {
        return field == null ? null
                : messages.getMessage("field." + field, null, field, LocaleContextHolder.getLocale());
    }

    /** The service's detail worth showing beside the message (not for an unreachable service or a bare status). */
    public boolean hasDetail(Answer answer) {
        return answer.status() != 503 && answer.get("detail") != null && !Set.of(401).contains(answer.status());
    }
}
