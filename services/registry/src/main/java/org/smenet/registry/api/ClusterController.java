package org.smenet.registry.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.IfMatch;
import org.smenet.kit.web.PageQuery;
import org.smenet.kit.web.PageView;
import org.smenet.kit.web.Patterns;
import org.smenet.registry.app.ClusterRequest;
import org.smenet.registry.app.ClusterService;
import org.smenet.registry.app.EnterpriseService;
import org.smenet.registry.domain.Cluster;
import org.smenet.registry.domain.Enterprise;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/registry/clusters")
@Tag(name = "Clusters", description = "Groups of SMEs by sector and region, coordinated by a focal point")
public class ClusterController {

    /** Joining a cluster: which enterprise. */
    public record MembershipRequest(@jakarta.validation.constraints.NotBlank @Pattern(regexp = Patterns.ID)
            String enterpriseId) {
    }

    private final ClusterService clusters;
    private final EnterpriseService enterprises;
    private final ReferenceData reference;

    public ClusterController(ClusterService clusters, EnterpriseService enterprises, ReferenceData reference) {
        this.clusters = clusters;
        this.enterprises = enterprises;
        this.reference = reference;
    }

    @PostMapping
    public ResponseEntity<ClusterView> form(Actor actor, @Valid @RequestBody ClusterRequest request) {
        Cluster cluster = clusters.form(actor, request);
        return ResponseEntity.created(URI.create("/api/registry/clusters/" + cluster.id()))
                .eTag(IfMatch.etag(cluster.version())).body(ClusterView.of(cluster, 0, reference));
    }

    @GetMapping
    public PageView<ClusterView> list(Actor actor,
            @RequestParam(required = false) @Pattern(regexp = Patterns.ECONOMY) String economy,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageView.of(clusters.list(economy, PageQuery.of(page, size, Sort.by("name", "_id"))),
                c -> ClusterView.of(c, reference));
    }

    @GetMapping("/{id}")
    public ResponseEntity<ClusterView> get(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        ClusterService.ClusterWithMembers cluster = clusters.withMembers(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(cluster.cluster().version()))
                .body(ClusterView.of(cluster, reference));
    }

    @PostMapping("/{id}/members")
    public ResponseEntity<EnterpriseView> join(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @Valid @RequestBody MembershipRequest request) {
        return enterprise(actor, enterprises.join(actor, id, request.enterpriseId()));
    }

    @DeleteMapping("/{id}/members/{enterpriseId}")
    public ResponseEntity<EnterpriseView> leave(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @PathVariable @Pattern(regexp = Patterns.ID) String enterpriseId) {
        return enterprise(actor, enterprises.leave(actor, id, enterpriseId));
    }

    private ResponseEntity<EnterpriseView> enterprise(Actor actor, Enterprise enterprise) {
        return ResponseEntity.ok().eTag(IfMatch.etag(enterprise.version()))
                .body(EnterpriseView.of(enterprise, actor, enterprises.access(), reference,
                        enterprises.certificates(java.util.List.of(enterprise.id())).get(enterprise.id())));
    }
}
