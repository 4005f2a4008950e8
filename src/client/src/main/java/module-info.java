/**
 * The Webex recordings restore client: {@code client} (the facade), {@code validation} (the rules checked
 * before anything is sent) and {@code bulk} (restoring thousands of IDs with a journal). The generated
 * low-level client and every {@code internal} package stay inside.
 */
@SuppressWarnings("requires-automatic") // expressly names itself in its manifest only
module io.github.wxrestore {
    requires transitive io.github.wxrestore.model;
    requires transitive java.net.http;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.hibernate.validator;
    // Hibernate Validator's message interpolator starts an EL implementation (our messages evaluate none); it
    // reads jakarta.el only when something else resolves it
    requires jakarta.el;
    requires org.glassfish.expressly;
    requires org.slf4j;
    requires static jakarta.annotation;

    exports io.github.wxrestore.client;
    exports io.github.wxrestore.validation;
    exports io.github.wxrestore.bulk;

    // Hibernate Validator creates our validators and reads our message bundle from this package
    opens io.github.wxrestore.validation.internal to org.hibernate.validator;
    // Jackson reads and writes the journal's and the error body's records
    opens io.github.wxrestore.bulk.internal to com.fasterxml.jackson.databind;
    opens io.github.wxrestore.client.internal to com.fasterxml.jackson.databind;
}
