package org.smenet.kit.errors;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details with the network's stable type URIs. */
public final class Problems {

    public static final String TYPE_BASE = "https://smenet.org/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String kind, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + kind));
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
