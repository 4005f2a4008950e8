package io.github.wxrestore.validation.internal;

import jakarta.validation.MessageInterpolator;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;

import java.util.Locale;
import java.util.Set;

/**
 * Hibernate Validator's parameter-only interpolation ({@code {max}}, never {@code ${...}} expressions, so no
 * Expression Language implementation is needed), over our own message bundle instead of the application's
 * {@code ValidationMessages}. English, whatever the default locale.
 */
final class ParametersOnlyInterpolator extends AbstractMessageInterpolator {

    private final Terms terms = new Terms();

    ParametersOnlyInterpolator(ResourceBundleLocator messages) {
        super(messages, Set.of(Locale.ROOT), Locale.ROOT, context -> Locale.ROOT, false);
    }

    @Override
    protected String interpolate(MessageInterpolator.Context context, Locale locale, String term) {
        return terms.interpolate(context, locale, term);
    }

    // the parameter interpolator's handling of one term, reachable only from a subclass
    private static final class Terms extends ParameterMessageInterpolator {
        Terms() {
            super(Set.of(Locale.ROOT), Locale.ROOT, context -> Locale.ROOT, false);
        }

        @Override
        protected String interpolate(MessageInterpolator.Context context, Locale locale, String term) {
            return super.interpolate(context, locale, term);
        }
    }
}
