package org.smenet.portal.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.smenet.portal.backend.Answer;
import org.smenet.portal.backend.ServiceCalls;
import org.smenet.portal.security.Viewer;

/**
 * The signed-in SME's own enterprises, from the registry's "mine" query (its organisation's, in its economy, with
 * their contact). Most SMEs have one; the pages work on the first and list the others where it matters.
 */
@Component
class OwnEnterprise {

    private final ServiceCalls services;

    OwnEnterprise(ServiceCalls services) {
        this.services = services;
    }

    Optional<Map<String, Object>> of(Viewer viewer) {
        return all(viewer).stream().findFirst();
    }

    List<Map<String, Object>> all(Viewer viewer) {
        if (!viewer.signedIn() || !viewer.isSme()) {
            return List.of();
        }
        Answer answer = services.get("registry", "/api/registry/enterprises/mine?size=20", viewer);
        return answer.items();
    }
}
