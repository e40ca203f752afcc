package org.smenet.portal.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.smenet.portal.backend.Answer;
import org.smenet.portal.backend.ServiceCalls;
import org.smenet.portal.security.Viewer;

/**
 * An SME's training: the seats and waitlist places of its enterprises (the training service), its requests to other
 * economies' online courses with their answers, and the certificates
 * they earned (shown on its enterprises by the registry), each with the public verification link anyone can follow.
 */
@Controller
class MyTrainingPages {

    private final ServiceCalls services;
    private final OwnEnterprise own;

    MyTrainingPages(ServiceCalls services, OwnEnterprise own) {
        this.services = services;
        this.own = own;
    }

    @GetMapping("/portal/sme/training")
    String training(Model model) {
        Viewer viewer = Viewer.current();
        if (!viewer.isSme()) {
            return "my-training";
        }
        Answer enrolments = services.get("training", "/api/training/enrolments", viewer);
        model.addAttribute("enrolments", enrolments);
        model.addAttribute("cancellable", cancellable(enrolments));
        model.addAttribute("abroad", services.get("training", "/api/training/network/enrolments", viewer));
        List<Map<String, Object>> certificates = new ArrayList<>();
        List<Map<String, Object>> enterprises = own.all(viewer);
        for (Map<String, Object> enterprise : enterprises) {
            if (enterprise.get("certificates") instanceof List<?> earned) {
                for (Object c : earned) {
                    if (c instanceof Map<?, ?> certificate) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        certificate.forEach((k, v) -> row.put(String.valueOf(k), v));
                        row.put("holder", enterprise.get("profile") instanceof Map<?, ?> p ? p.get("legalName") : null);
                        certificates.add(row);
                    }
                }
            }
        }
        model.addAttribute("names", names(enterprises));
        model.addAttribute("certificates", certificates);
        return "my-training";
    }

    /** The places the SME may still give up ("session:enterprise"): a seat or waiting place of a session not started. */
    private static Set<String> cancellable(Answer enrolments) {
        Set<String> keys = new HashSet<>();
        for (Map<String, Object> e : enrolments.items()) {
            boolean ahead;
            try {
                ahead = e.get("startsAt") != null && Instant.parse(String.valueOf(e.get("startsAt"))).isAfter(Instant.now());
            } catch (DateTimeParseException notAnInstant) {
                ahead = false;
            }
            if (ahead && EnrolmentPages.CANCELLABLE.contains(String.valueOf(e.get("status")))) {
                keys.add(e.get("sessionId") + ":" + e.get("enterpriseId"));
            }
        }
        return keys;
    }

    private static Map<Object, Object> names(List<Map<String, Object>> enterprises) {
        Map<Object, Object> names = new LinkedHashMap<>();
        for (Map<String, Object> e : enterprises) {
            names.put(e.get("id"), e.get("profile") instanceof Map<?, ?> p ? p.get("legalName") : e.get("id"));
        }
        return names;
    }
}
