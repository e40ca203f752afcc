package org.smenet.portal.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and numbers in the reader's language ({@code ${@fmt.date(x)}} in templates). Times are shown in UTC. */
@Component("fmt")
public class Formats {

    public String date(Object value) {
        Instant instant = instant(value);
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale()).withZone(ZoneOffset.UTC).format(instant);
    }

    public String dateTime(Object value) {
        Instant instant = instant(value);
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    /** The machine-readable form for {@code <time datetime>}. */
    public String iso(Object value) {
        Instant instant = instant(value);
        return instant == null ? "" : instant.toString();
    }

    public String number(Object value) {
        if (!(value instanceof Number n)) {
            return value == null ? "" : String.valueOf(value);
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(n);
    }

    public String percent(Object value) {
        if (!(value instanceof Number n)) {
            return "";
        }
        return NumberFormat.getPercentInstance(locale()).format(n.doubleValue());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Instant.parse(s);
            } catch (RuntimeException notAnInstant) {
                return null;
            }
        }
        return null;
    }
}
