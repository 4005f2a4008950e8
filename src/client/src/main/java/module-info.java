/**
 * The Webex recordings restore client: {@code client} (the facade), {@code listing} (what the two listings are
 * asked and yield, to find what to restore), {@code validation} (the rules checked before anything is sent) and
 * {@code bulk} (restoring thousands of IDs with a journal). The generated
 * low-level client and every {@code internal} package stay inside.
 */
module io.github.wxrestore {
    requires transitive io.github.wxrestore.model;
    requires transitive java.net.http;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.hibernate.validator;
    requires org.slf4j;
    requires static jakarta.annotation;

    exports io.github.wxrestore.client;
    exports io.github.wxrestore.listing;
    exports io.github.wxrestore.validation;
    exports io.github.wxrestore.bulk;

    // Hibernate Validator creates our validators and reads our message bundle from this package
    opens io.github.wxrestore.validation.internal to org.hibernate.validator;
    // Jackson reads and writes the journal's and the error body's records
    opens io.github.wxrestore.bulk.internal to com.fasterxml.jackson.databind;
    opens io.github.wxrestore.client.internal to com.fasterxml.jackson.databind;
}
