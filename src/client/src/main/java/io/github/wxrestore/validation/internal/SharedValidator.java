package io.github.wxrestore.validation.internal;

import io.github.wxrestore.model.constraints.HostEmail;
import io.github.wxrestore.model.constraints.RecordingIds;
import io.github.wxrestore.model.constraints.RestoreSelection;
import io.github.wxrestore.model.constraints.SiteHost;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.MessageParameterEscaping;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

import java.util.List;

/**
 * The one Validator of the process: bootstrapped lazily (it costs a few hundred ms), once, thread-safe.
 * Messages are English, come from this package's own bundle (a namespaced name, so neither an application's
 * {@code ValidationMessages} nor ours can shadow the other), and are never evaluated as expressions: the
 * validator runs without an Expression Language implementation, reads no {@code META-INF/validation.xml} and is
 * bootstrapped from Hibernate Validator by name, not found by a service lookup.
 */
public final class SharedValidator {

    /** The base name of our messages: {@code io/github/wxrestore/validation/internal/ValidationMessages.properties}. */
    static final String MESSAGES = SharedValidator.class.getPackageName() + ".ValidationMessages";

    private SharedValidator() {
    }

    public static Validator get() {
        return Holder.VALIDATOR;
    }

    /** A validator that reports each recording ID at its input position (cheap: the factory is shared). */
    static Validator at(InputPositions positions) {
        return Holder.FACTORY.unwrap(HibernateValidatorFactory.class).usingContext()
                .constraintValidatorPayload(positions).getValidator();
    }

    static ValidatorFactory buildFactory(ClassLoader bundles) {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .ignoreXmlConfiguration();
        return configuration
                .addMapping(validators(configuration))
                .messageInterpolator(new ParametersOnlyInterpolator(new PlatformResourceBundleLocator(MESSAGES, bundles)))
                .messageParameterEscaping(MessageParameterEscaping.ESCAPE) // offending values are message parameters
                .buildValidatorFactory();
    }

    // the model's constraints are declarations only (the sandbox shares the model): their validators are ours
    private static ConstraintMapping validators(HibernateValidatorConfiguration configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(RestoreSelection.class).validatedBy(RestoreSelectionValidator.class);
        mapping.constraintDefinition(RecordingIds.class).validatedBy(RecordingIdsValidator.class);
        mapping.constraintDefinition(SiteHost.class).validatedBy(SiteHostValidator.class);
        mapping.constraintDefinition(HostEmail.class).validatedBy(HostEmailValidator.class);
        return mapping;
    }

    // initialization-on-demand holder: the factory is built on first use, once, without locking afterwards
    private static final class Holder {
        private static final ValidatorFactory FACTORY = buildFactory(SharedValidator.class.getClassLoader());
        private static final Validator VALIDATOR = FACTORY.getValidator();
    }
}
