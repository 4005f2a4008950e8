/**
 * The Jakarta constraints of a restore call. The spec attaches the body's constraints to the generated model
 * through vendor extensions, in group {@link io.github.wxrestore.validation.constraints.RestoreRules}, next to
 * the {@code @Size} and {@code @Pattern} the generator derives from the spec's keywords (group Default).
 * {@link io.github.wxrestore.validation.RestoreRequestValidation} checks a whole call with the first kind only.
 * The validators live in {@code validation.internal}.
 */
package io.github.wxrestore.validation.constraints;
