package io.github.wxrestore.model.constraints;

/**
 * The validation group of the documented restore rules. The spec puts every constraint of this package on the
 * generated model in this group, apart from the {@code @Size} and {@code @Pattern} the generator derives from
 * the spec's keywords (group {@code Default}); {@code RestoreRequestValidation} checks this group only, so each
 * problem is reported once, by the rule that owns it.
 */
public interface RestoreRules {
}
