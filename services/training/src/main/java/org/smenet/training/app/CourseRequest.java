package org.smenet.training.app;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.smenet.contracts.training.CourseLevel;
import org.smenet.contracts.training.CourseTopic;
import org.smenet.contracts.training.Delivery;
import org.smenet.kit.web.Patterns;

/** Publish a course ({@code networkVisible} defaults to false). The provider is the acting focal point's organisation; the economy is the token's. */
public record CourseRequest(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String summary,
        @NotNull CourseTopic topic,
        @NotNull CourseLevel level,
        @NotNull @Pattern(regexp = Patterns.LANGUAGE) String language,
        @NotNull Delivery delivery,
        @Size(max = 300) String location,
        @Size(max = 50) List<@NotNull @Pattern(regexp = Patterns.HS) String> hsCodes,
        @Size(max = 50) List<@NotNull @Pattern(regexp = Patterns.ISIC) String> isicCodes,
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> prerequisites,
        @Size(max = 100) String certification,
        @Pattern(regexp = "P(\\d+Y)?(\\d+M)?(\\d+D)?") String certificateValidity,
        Boolean networkVisible) {
}
