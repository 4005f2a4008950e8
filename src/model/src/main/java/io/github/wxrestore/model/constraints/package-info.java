/**
 * The Jakarta constraints of a restore call, as declarations only. The spec attaches the body's constraints to
 * the generated model through vendor extensions, in group {@link io.github.wxrestore.model.constraints.RestoreRules},
 * next to the {@code @Size} and {@code @Pattern} the generator derives from the spec's keywords (group Default).
 * They name no validator: the client's validation layer binds each to its validator when it builds its
 * Validator, so the model (which the sandbox shares) carries no client code.
 */
package io.github.wxrestore.model.constraints;
