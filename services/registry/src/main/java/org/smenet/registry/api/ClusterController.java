package org.smenet.registry.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.PageQuery;
import org.smenet.kit.web.PageView;
import org.smenet.registry.domain.Cluster;
import org.smenet.registry.store.ClusterStore;
import org.smenet.registry.store.EnterpriseStore;
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

    /** A cluster with its current number of members. */
    public record ClusterView(Cluster cluster, long members) {
    }

    private final FocalPointService service;
    private final EnterpriseService enterprises;
    private final ClusterStore store;
    private final EnterpriseStore enterpriseStore;
    private final ReferenceData reference;

    public ClusterController(FocalPointService service, EnterpriseService enterprises, ClusterStore store,
            EnterpriseStore enterpriseStore, ReferenceData reference) {
        this.reference = reference;
        this.service = service;
        this.enterprises = enterprises;
        this.store = store;
        this.enterpriseStore = enterpriseStore;
    }

    @PostMapping
    public ResponseEntity<ClusterView> form(Actor actor, @Valid @RequestBody ClusterRequest request) {
        Cluster cluster = service.form(actor, request);
        return ResponseEntity.created(URI.create("/api/registry/clusters/" + cluster.id()))
                .body(new ClusterView(cluster, 0));
    }

    @GetMapping
    public PageView<ClusterView> list(Actor actor,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z]{2}") String economy,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageView.of(store.list(economy, PageQuery.of(page, size, Sort.by("name", "_id"))),
                c -> new ClusterView(c, enterpriseStore.countInCluster(c.id())));
    }

    @GetMapping("/{id}")
    public ClusterView get(Actor actor, @PathVariable @Pattern(regexp = EnterpriseController.ID) String id) {
        Cluster cluster = service.cluster(id);
        return new ClusterView(cluster, enterpriseStore.countInCluster(id));
    }

    @PostMapping("/{id}/members")
    public EnterpriseView join(Actor actor, @PathVariable @Pattern(regexp = EnterpriseController.ID) String id,
            @Valid @RequestBody MembershipRequest request) {
        var enterprise = enterprises.join(actor, id, request.enterpriseId());
        return EnterpriseView.of(enterprise, actor, reference);
    }

    @DeleteMapping("/{id}/members/{enterpriseId}")
    public EnterpriseView leave(Actor actor, @PathVariable @Pattern(regexp = EnterpriseController.ID) String id,
            @PathVariable @Pattern(regexp = EnterpriseController.ID) String enterpriseId) {
        var enterprise = enterprises.leave(actor, id, enterpriseId);
        return EnterpriseView.of(enterprise, actor, reference);
    }
}
