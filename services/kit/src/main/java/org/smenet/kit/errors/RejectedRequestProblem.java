package org.smenet.kit.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/** A request the security firewall rejects (encoded slashes, {@code ;}, {@code ..}) is a 400 problem. */
public class RejectedRequestProblem implements RequestRejectedHandler {

    private final JsonMapper json;

    public RejectedRequestProblem(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                "The request path or headers are not acceptable: " + rejected.getMessage(), null));
    }
}
