package org.smenet.registry.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.PageQuery;
import org.smenet.kit.web.PageView;
import org.smenet.kit.web.Patterns;
import org.smenet.registry.app.NetworkDirectoryService;
import org.smenet.registry.store.NetworkDirectory;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/registry/network/enterprises")
@Tag(name = "Network directory", description = "Network-public enterprises of this economy and of its peers")
public class NetworkDirectoryController {

    /** A network-public enterprise; {@code origin} is the topic it arrived on. */
    public record NetworkEnterpriseView(String id, String economy, EnterpriseProfile profile, List<String> clusters,
            Instant verifiedAt, Instant publishedAt, String origin) {

        static NetworkEnterpriseView of(NetworkDirectory.Entry e) {
            return new NetworkEnterpriseView(e.id(), e.economy(), e.profile(), e.clusters(), e.verifiedAt(),
                    e.publishedAt(), e.origin());
        }
    }

    private final NetworkDirectoryService directory;

    public NetworkDirectoryController(NetworkDirectoryService directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "Search verified public enterprises across the network")
    public PageView<NetworkEnterpriseView> search(Actor actor,
            @RequestParam(required = false) @Pattern(regexp = Patterns.ECONOMY) String economy,
            @RequestParam(required = false) @Pattern(regexp = Patterns.HS) String hs,
            @RequestParam(required = false) @Pattern(regexp = Patterns.ISIC) String isic,
            @RequestParam(required = false) CooperationType cooperation,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageView.of(directory.search(economy, hs, isic, cooperation,
                PageQuery.of(page, size, Sort.by("profile.legalName", "_id"))), NetworkEnterpriseView::of);
    }

    @GetMapping("/{id}")
    public NetworkEnterpriseView get(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        return directory.find(id).map(NetworkEnterpriseView::of)
                .orElseThrow(() -> RuleViolation.notFound("Network enterprise", id));
    }
}
