/**
 * The request and error models generated from api-spec/, and the declarations of the constraints the spec
 * attaches to them. No client code: the client and the sandbox both read it.
 */
module io.github.wxrestore.model {
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive jakarta.validation;
    // @Generated and @Nullable on the generated models: needed to compile against them, not to run them
    requires static transitive jakarta.annotation;

    exports io.github.wxrestore.generated.model;
    exports io.github.wxrestore.model.constraints;
    // Jackson and Hibernate Validator read the models' fields and getters reflectively
    opens io.github.wxrestore.generated.model;
}
