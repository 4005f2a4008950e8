package io.github.wxrestore.validation.internal;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/** The one Validator of the process: bootstrapped lazily (it costs a few hundred ms), thread-safe. */
public final class SharedValidator {

    private SharedValidator() {
    }

    public static Validator get() {
        return Holder.VALIDATOR;
    }

    // initialization-on-demand holder: the factory is built on first use, once, without locking afterwards
    private static final class Holder {
        private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
        private static final Validator VALIDATOR = FACTORY.getValidator();
    }
}
