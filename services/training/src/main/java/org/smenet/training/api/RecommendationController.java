package org.smenet.training.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.Patterns;
import org.smenet.training.app.RecommendationService;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Recommendations", description = "Courses that fit an enterprise's profile gaps, with reasons")
public class RecommendationController {

    public record RecommendationView(CourseView course, int score, List<String> reasons) {
    }

    private final RecommendationService recommendations;

    public RecommendationController(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping("/api/training/enterprises/{id}/recommendations")
    public List<RecommendationView> recommendations(Actor actor,
            @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        return recommendations.forEnterprise(actor, id).stream()
                .map(r -> new RecommendationView(CourseView.of(r.course()), r.score(), r.reasons())).toList();
    }
}
