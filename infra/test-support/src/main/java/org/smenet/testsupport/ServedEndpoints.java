package org.smenet.testsupport;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** What a service really serves, for authorization matrices that must list every endpoint. */
public final class ServedEndpoints {

    private ServedEndpoints() {
    }

    /** Every {@code "<METHOD> <path pattern>"} the service maps under {@code /api/}. */
    public static Set<String> api(RequestMappingHandlerMapping mappings) {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String path : info.getPatternValues()) {
                if (path.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + path));
                }
            }
        });
        return served;
    }
}
