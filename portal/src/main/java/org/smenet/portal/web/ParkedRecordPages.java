package org.smenet.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import org.smenet.portal.backend.Answer;
import org.smenet.portal.backend.ServiceCalls;
import org.smenet.portal.security.Viewer;

/**
 * The operator's Retry and Discard of a record parked in a service's dead-letter topic (kit's
 * {@code POST /api/<service>/operator/parked/{topic}/{partition}/{offset}/retry|discard}), answered with the
 * record's item in its new state: retried (where it went), discarded, or the service's refusal in words. The service
 * decides who may; the portal sends the person's own token.
 */
@Controller
class ParkedRecordPages {

    static final String SERVICE = "registry|matchmaking|opportunities|training|consultation";
    static final String TOPIC = "[A-Za-z0-9._-]{1,249}";

    private final ServiceCalls services;

    ParkedRecordPages(ServiceCalls services) {
        this.services = services;
    }

    @PostMapping("/portal/operator/parked/{service}/{topic}/{partition}/{offset}/{action}")
    String handle(@PathVariable @Pattern(regexp = SERVICE) String service, @PathVariable @Pattern(regexp = TOPIC) String topic,
                  @PathVariable @Min(0) int partition, @PathVariable @Min(0) long offset,
                  @PathVariable @Pattern(regexp = "retry|discard") String action, Model model) {
        Answer answer = services.send(HttpMethod.POST, service, "/api/" + service + "/operator/parked/" + topic + "/"
                + partition + "/" + offset + "/" + action, null, null, Viewer.current());
        Map<String, Object> record = new LinkedHashMap<>();
        if (answer.ok() && answer.get("record") instanceof Map<?, ?> handled) {
            handled.forEach((k, v) -> record.put(String.valueOf(k), v));
        } else {
            record.put("topic", topic);
            record.put("partition", partition);
            record.put("offset", offset);
        }
        model.addAttribute("service", service);
        model.addAttribute("r", record);
        model.addAttribute("outcome", answer);
        model.addAttribute("action", action);
        return "health :: parkedRecord";
    }
}
