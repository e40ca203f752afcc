package org.smenet.registry.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.security.Actor;
import org.smenet.registry.app.DemoData;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/registry/demo-data")
@Tag(name = "Demo data", description = "Seed demonstration data for the hosted economies (demo mode only)")
public class DemoDataController {

    private final DemoData demoData;

    public DemoDataController(DemoData demoData) {
        this.demoData = demoData;
    }

    @PostMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Seed demo focal points, clusters and enterprises of the hosted economies; streams progress")
    public ResponseEntity<StreamingResponseBody> seed(Actor actor,
            @RequestParam(defaultValue = "300") int enterprises) {
        List<String> economies = demoData.economiesFor(actor);
        if (enterprises < 1 || enterprises > 5000) {
            throw RuleViolation.invalid("enterprises", "enterprises must be between 1 and 5000");
        }
        StreamingResponseBody body = out -> {
            PrintWriter writer = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
            demoData.seed(economies, enterprises, line -> {
                writer.println(line);
                writer.flush();
            });
        };
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
    }
}
