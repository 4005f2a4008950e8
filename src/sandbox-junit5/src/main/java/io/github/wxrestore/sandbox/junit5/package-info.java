/** The Webex sandbox as a JUnit 5 extension: {@link io.github.wxrestore.sandbox.junit5.WebexSandboxExtension}. */
package io.github.wxrestore.sandbox.junit5;
