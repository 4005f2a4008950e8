/** Implementation of the sandbox: request handling, rules, recycle bins and faults. Not public API. */
package io.github.wxrestore.sandbox.internal;
