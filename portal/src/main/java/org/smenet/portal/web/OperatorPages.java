package org.smenet.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.smenet.portal.backend.Answer;
import org.smenet.portal.backend.ServiceCalls;
import org.smenet.portal.security.Viewer;

/** The operator's view of the node: each service's health as it reports it. */
@Controller
class OperatorPages {

    static final List<String> PARTS = List.of("gateway", "registry", "matchmaking", "opportunities", "training",
            "consultation");

    private final ServiceCalls services;

    OperatorPages(ServiceCalls services) {
        this.services = services;
    }

    @GetMapping("/portal/operator/health")
    String health(Model model) {
        Viewer viewer = Viewer.current();
        Map<String, Answer> health = new LinkedHashMap<>();
        if (viewer.isOperator()) {
            Map<String, CompletableFuture<Answer>> asked = new LinkedHashMap<>();
            PARTS.forEach(part -> asked.put(part, CompletableFuture.supplyAsync(() -> services.health(part))));
            asked.forEach((part, answer) -> health.put(part, answer.join()));
        }
        model.addAttribute("health", health);
        return "health";
    }
}
