package org.smenet.portal.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.smenet.portal.security.Viewer;

/** What every page's frame needs: who is looking, the CSRF token for htmx writes, the language. */
@ControllerAdvice
class PageModel {

    /** Set by the gateway on every browser request (never taken from the browser: the gateway overwrites it). */
    static final String CSRF_HEADER = "X-Portal-Csrf-Token";

    @ModelAttribute("viewer")
    Viewer viewer() {
        return Viewer.current();
    }

    @ModelAttribute("csrf")
    String csrf(HttpServletRequest request) {
        String token = request.getHeader(CSRF_HEADER);
        return token == null ? "" : token;
    }

    @ModelAttribute("lang")
    String lang() {
        Locale locale = LocaleContextHolder.getLocale();
        return LanguageConfiguration.LANGUAGES.stream().map(Locale::getLanguage)
                .filter(locale.getLanguage()::equals).findFirst().orElse("en");
    }

    @ModelAttribute("languages")
    List<String> languages() {
        return LanguageConfiguration.LANGUAGES.stream().map(Locale::getLanguage).toList();
    }

    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
