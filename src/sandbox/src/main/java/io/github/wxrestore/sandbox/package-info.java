/**
 * An embedded, offline Webex recycle-bin server: the provider side of {@code api-spec/restore-recordings.yaml}.
 *
 * <p>{@link io.github.wxrestore.sandbox.WebexSandbox} serves {@code POST /v1/recordings/restore} and the listings
 * {@code GET /v1/recordings} and {@code GET /v1/admin/recordings} on loopback with an in-memory recycle bin per
 * site and host, seeded recordings with metadata ({@link io.github.wxrestore.sandbox.SandboxRecording}), users and
 * tokens, faults on demand and inspection for tests.
 * It depends on the generated model only, never on the validation or client packages, so that a bug in the
 * client cannot hide in the provider.
 */
package io.github.wxrestore.sandbox;
