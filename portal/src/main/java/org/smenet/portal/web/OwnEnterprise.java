package org.smenet.portal.web;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.smenet.portal.backend.Answer;
import org.smenet.portal.backend.ServiceCalls;
import org.smenet.portal.security.Viewer;

/**
 * The signed-in SME's own enterprise. The registry has no "mine" query, but it shows an enterprise's private
 * contact only to its owner (and the focal points of its economy), so for an SME the one with a contact is its own.
 * Reads at most five pages of its economy.
 */
@Component
class OwnEnterprise {

    private static final int PAGES = 5;

    private final ServiceCalls services;

    OwnEnterprise(ServiceCalls services) {
        this.services = services;
    }

    Optional<Map<String, Object>> of(Viewer viewer) {
        if (!viewer.signedIn() || !viewer.isSme()) {
            return Optional.empty();
        }
        for (int page = 0; page < PAGES; page++) {
            Answer answer = services.get("registry", Query.of("/api/registry/enterprises")
                    .with("economy", viewer.economy()).with("page", page).with("size", 100).build(), viewer);
            for (Map<String, Object> enterprise : answer.items()) {
                if (enterprise.get("contact") != null) {
                    return Optional.of(enterprise);
                }
            }
            if (answer.items().size() < 100) {
                break;
            }
        }
        return Optional.empty();
    }
}
