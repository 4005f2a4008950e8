package io.github.wxrestore.validation.internal;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.MessageParameterEscaping;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

import java.util.Locale;
import java.util.Set;

/**
 * The one Validator of the process: bootstrapped lazily (it costs a few hundred ms), once, thread-safe.
 * Messages are English, come from every {@code ValidationMessages.properties} on the class path (so an
 * application's own bundle cannot hide ours), and are never evaluated as expressions.
 */
public final class SharedValidator {

    private SharedValidator() {
    }

    public static Validator get() {
        return Holder.VALIDATOR;
    }

    static ValidatorFactory buildFactory(ClassLoader bundles) {
        var messages = new PlatformResourceBundleLocator(
                AbstractMessageInterpolator.USER_VALIDATION_MESSAGES, bundles, true);
        return Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ResourceBundleMessageInterpolator(
                        messages, Set.of(Locale.ROOT), Locale.ROOT, context -> Locale.ROOT, false))
                // no message of ours needs EL; offending values are escaped message parameters
                .constraintExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
                .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
                .messageParameterEscaping(MessageParameterEscaping.ESCAPE)
                .buildValidatorFactory();
    }

    // initialization-on-demand holder: the factory is built on first use, once, without locking afterwards
    private static final class Holder {
        private static final ValidatorFactory FACTORY = buildFactory(SharedValidator.class.getClassLoader());
        private static final Validator VALIDATOR = FACTORY.getValidator();
    }
}
