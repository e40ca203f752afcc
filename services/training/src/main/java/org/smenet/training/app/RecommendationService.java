package org.smenet.training.app;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.smenet.kit.authority.Authority;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.security.Actor;
import org.smenet.training.domain.Certificate;
import org.smenet.training.domain.Recommendations;
import org.smenet.training.store.CertificateStore;
import org.smenet.training.store.CourseStore;
import org.smenet.training.store.EnterpriseDirectory;
import org.smenet.training.store.KnownEnterprise;
import org.springframework.stereotype.Service;

/** Courses of the hosted economies that fit an enterprise's profile gaps, for the enterprise and its focal points. */
@Service
public class RecommendationService {

    private final EnterpriseDirectory enterprises;
    private final CourseStore courses;
    private final CertificateStore certificates;
    private final Authority authority;
    private final HostedEconomies hosted;

    public RecommendationService(EnterpriseDirectory enterprises, CourseStore courses, CertificateStore certificates,
            Authority authority, HostedEconomies hosted) {
        this.enterprises = enterprises;
        this.courses = courses;
        this.certificates = certificates;
        this.authority = authority;
        this.hosted = hosted;
    }

    public List<Recommendations.Recommendation> forEnterprise(Actor actor, String enterpriseId) {
        KnownEnterprise enterprise = enterprises.find(enterpriseId)
                .orElseThrow(() -> RuleViolation.notFound("Enterprise", enterpriseId));
        boolean owner = actor.org() != null && actor.org().equals(enterprise.ownerOrg())
                && actor.actsFor(enterprise.economy());
        if (!owner && !authority.isFocalPoint(actor, enterprise.economy())) {
            throw RuleViolation.forbidden("Recommendations for enterprise " + enterpriseId
                    + " are for the enterprise and the focal points of its economy");
        }
        Set<String> completed = certificates.ofEnterprise(enterpriseId).stream().filter(c -> !c.revoked())
                .map(Certificate::courseId).collect(Collectors.toSet());
        return Recommendations.forProfile(enterprise.profile(), enterprise.economy(), courses.all(hosted.list()),
                completed);
    }
}
