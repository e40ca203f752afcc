package org.smenet.kit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.smenet.contracts.Correlation;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the gateway's correlation id for the whole request: in the MDC (so in every log line), in the
 * response, and — through the {@code EventRecorder} — on every event the request causes. Which ids are
 * accepted is the node's one rule, {@link Correlation}.
 */
public class CorrelationId extends OncePerRequestFilter {

    public static final String HEADER = Correlation.HTTP_HEADER;
    public static final String KAFKA_HEADER = Correlation.KAFKA_HEADER;
    public static final String MDC_KEY = Correlation.MDC_KEY;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = Correlation.accept(request.getHeader(HEADER));
        MDC.put(MDC_KEY, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
