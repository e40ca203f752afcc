package org.smenet.portal.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.validation.constraints.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import tools.jackson.databind.json.JsonMapper;

import org.smenet.portal.backend.ServiceCalls;
import org.smenet.portal.backend.ServiceStreams;
import org.smenet.portal.security.Viewer;

/**
 * New opportunities matching an SME's subscription, pushed into its page as they are listed. The browser's
 * EventSource reaches this endpoint through the gateway (session cookie; the gateway relays the person's token, as
 * for every page); the portal reads the opportunities service's stream of that subscription with that token and
 * sends each listing on as a ready-made card in the reader's language, which htmx's SSE extension puts at the top
 * of the list. No token and no raw event reach the browser. Event ids are the service's cursors, so a reconnecting
 * browser ({@code Last-Event-ID}) misses nothing.
 */
@Controller
@Validated
class LiveOpportunities {

    private static final long OPEN_FOR_MS = 30 * 60 * 1000L;
    private static final String LISTED = "org.smenet.opportunities.opportunity.listed.v1";

    private final ServiceStreams streams;
    private final ServiceCalls services;
    private final SpringTemplateEngine templates;
    private final JsonMapper json;
    private final ThymeleafEvaluationContext beans;
    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-opportunities-heartbeat");
        t.setDaemon(true);
        return t;
    });

    LiveOpportunities(ServiceStreams streams, ServiceCalls services, SpringTemplateEngine templates, JsonMapper json,
                      ApplicationContext context) {
        this.streams = streams;
        this.services = services;
        this.templates = templates;
        this.json = json;
        this.beans = new ThymeleafEvaluationContext(context, null);
        // a comment now and then: proxies keep the connection, and a browser that left is noticed
        heartbeat.scheduleWithFixedDelay(this::beat, 15, 15, TimeUnit.SECONDS);
    }

    @GetMapping(path = "/portal/sme/subscriptions/{id}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    ResponseEntity<SseEmitter> live(@PathVariable @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String id,
                                    @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        Viewer viewer = Viewer.current();
        // nobody, or not the owner's: 204, which tells an EventSource to stop reconnecting
        if (!viewer.signedIn() || !services.get("opportunities", "/api/opportunities/subscriptions/" + id, viewer).ok()) {
            return ResponseEntity.noContent().build();
        }
        SseEmitter emitter = new SseEmitter(OPEN_FOR_MS);
        Locale locale = LocaleContextHolder.getLocale();
        String resumeAfter = lastEventId != null && lastEventId.matches("[A-Za-z0-9_-]{1,64}") ? lastEventId : null;
        ServiceStreams.Stream upstream = streams.open("opportunities",
                "/api/opportunities/subscriptions/" + id + "/stream", resumeAfter, viewer,
                event -> forward(emitter, event, locale),
                status -> emitter.complete());
        open.add(emitter);
        Runnable closed = () -> {
            open.remove(emitter);
            upstream.close();
        };
        emitter.onCompletion(closed);
        emitter.onTimeout(closed);
        emitter.onError(e -> closed.run());
        return ResponseEntity.ok().header("X-Accel-Buffering", "no").body(emitter);
    }

    private void forward(SseEmitter emitter, ServiceStreams.Event event, Locale locale) {
        if (!LISTED.equals(event.name())) {
            return;
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = json.readValue(event.data(), Map.class);
            Object listing = item.get("data");
            if (!(listing instanceof Map<?, ?>)) {
                return;
            }
            String card = card(listing, locale);
            synchronized (emitter) {
                emitter.send(SseEmitter.event().id(event.id()).name("opportunity").data(card));
            }
        } catch (IOException | IllegalStateException browserGone) {
            emitter.completeWithError(browserGone);
        } catch (RuntimeException notAListing) {
            // an event the page cannot show is skipped, the stream goes on
        }
    }

    /** The card, rendered like a page in the reader's language; on one line, as an SSE data field wants it. */
    private String card(Object listing, Locale locale) {
        Locale before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        try {
            Context context = new Context(locale);
            context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, beans);
            context.setVariable("o", listing);
            return templates.process("subscription", Set.of("live-card"), context).replaceAll("\\s*[\\r\\n]+\\s*", " ")
                    .strip();
        } finally {
            LocaleContextHolder.setLocale(before);
        }
    }

    private void beat() {
        for (SseEmitter emitter : open) {
            try {
                synchronized (emitter) {
                    emitter.send(SseEmitter.event().comment("keep-alive"));
                }
            } catch (IOException | IllegalStateException gone) {
                open.remove(emitter);
                emitter.completeWithError(gone);
            }
        }
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
        open.forEach(SseEmitter::complete);
    }
}
