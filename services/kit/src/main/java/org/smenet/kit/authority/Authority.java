package org.smenet.kit.authority;

import java.util.List;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.springframework.http.HttpStatus;

/**
 * Authority from the registry's data, not from a role string: a focal-point action needs the actor's
 * organisation to be a designated, unrevoked focal point of the economy concerned, with the function the
 * action needs. The {@code FOCAL_POINT} role alone opens nothing.
 */
public class Authority {

    private final Designations designations;

    public Authority(Designations designations) {
        this.designations = designations;
    }

    /**
     * True when {@code actor} acts for a standing focal point of {@code economy} with {@code function}
     * ({@code null}: any function).
     */
    public boolean isFocalPoint(Actor actor, String economy, FocalPointFunction function) {
        return standing(actor, economy, function) != null;
    }

    /** True when {@code actor} acts for any standing focal point of {@code economy}. */
    public boolean isFocalPoint(Actor actor, String economy) {
        return standing(actor, economy, null) != null;
    }

    /** The designation that allows the action, or a 403 problem that says which condition failed. */
    public Designation requireFocalPoint(Actor actor, String economy, FocalPointFunction function) {
        if (!actor.has(Role.FOCAL_POINT)) {
            throw RuleViolation.forbidden("Only a focal point of " + economy + " may do this");
        }
        if (!actor.actsFor(economy)) {
            throw RuleViolation.forbidden("Only a focal point of " + economy + " may do this; your token is of "
                    + actor.economy());
        }
        Designation designation = standing(actor, economy, function);
        if (designation != null) {
            return designation;
        }
        List<Designation> known = actor.org() == null ? List.of() : designations.all(economy, actor.org());
        String detail;
        if (known.isEmpty()) {
            detail = "Organisation " + actor.org() + " is not a designated focal point of " + economy;
        } else if (known.stream().noneMatch(Designation::active)) {
            detail = "The focal-point designation of organisation " + actor.org() + " in " + economy + " was revoked";
        } else {
            detail = "Organisation " + actor.org() + " is a focal point of " + economy + " but not designated for "
                    + function;
        }
        throw new RuleViolation("not-a-designated-focal-point", HttpStatus.FORBIDDEN, null, detail);
    }

    /**
     * As {@link #requireFocalPoint(Actor, String, FocalPointFunction)}, and the institution must be of one of
     * {@code kinds} (e.g. only a government agency opens a consultation).
     */
    public Designation requireFocalPoint(Actor actor, String economy, FocalPointFunction function,
            org.smenet.contracts.registry.FocalPointKind... kinds) {
        Designation designation = requireFocalPoint(actor, economy, function);
        for (var kind : kinds) {
            if (kind.name().equals(designation.kind())) {
                return designation;
            }
        }
        List<Designation> ofKind = designations.active(economy, actor.org()).stream()
                .filter(d -> function == null || d.has(function.name()))
                .filter(d -> java.util.Arrays.stream(kinds).anyMatch(k -> k.name().equals(d.kind())))
                .toList();
        if (!ofKind.isEmpty()) {
            return ofKind.get(0);
        }
        throw new RuleViolation("not-a-designated-focal-point", HttpStatus.FORBIDDEN, null, "Organisation "
                + actor.org() + " is a focal point of " + economy + " but not a " + java.util.Arrays.toString(kinds));
    }

    private Designation standing(Actor actor, String economy, FocalPointFunction function) {
        if (!actor.has(Role.FOCAL_POINT) || !actor.actsFor(economy) || actor.org() == null) {
            return null;
        }
        return designations.active(economy, actor.org()).stream()
                .filter(d -> function == null || d.has(function.name()))
                .findFirst().orElse(null);
    }
}
