package io.github.wxrestore.client;

import io.github.wxrestore.listing.ListedRecording;
import io.github.wxrestore.listing.RecordingQuery;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public surface of the client and listing packages: callers never meet the generated low-level client
 * ({@code ApiClient}, {@code ApiException}) nor an internal type, in any public signature; the listing's values
 * do not expose the generated models either.
 */
class PublicApiTest {

    private static final List<Class<?>> PUBLIC_TYPES = List.of(WebexRecordingsClient.class,
            WebexRecordingsClient.Builder.class, RestoreResult.class, RetryPolicy.class, RetryPolicy.Builder.class,
            RetryPolicy.Jitter.class, Sleeper.class, WebexStatus.class, FailureCategory.class,
            WebexClientException.class, WebexApiException.class, BadRequestException.class,
            AuthorizationException.class, ResourceStateException.class, ThrottledException.class,
            ServerErrorException.class, UnexpectedStatusException.class, WebexTransportException.class,
            ErrorResponse.class, HumanText.class, AttemptListener.class, Attempt.class, AttemptAnswer.class,
            RetryReason.class, GiveUpReason.class, RequestOptions.class, RequestOptions.Builder.class,
            PageResult.class, PagingException.class, PagingException.Reason.class,
            RecordingQuery.class, RecordingQuery.Builder.class, RecordingQuery.Listing.class, ListedRecording.class);

    /**
     * The values an application builds in its own tests (to fake what the client returns or throws); every other
     * type is made by the client or through a builder.
     */
    private static final List<Class<?>> BUILT_BY_CALLERS = List.of(RestoreResult.class, ErrorResponse.class,
            Attempt.class, AttemptAnswer.class, WebexClientException.class, WebexApiException.class,
            BadRequestException.class, AuthorizationException.class, ResourceStateException.class,
            ThrottledException.class, ServerErrorException.class, UnexpectedStatusException.class,
            WebexTransportException.class, PageResult.class, PagingException.class, ListedRecording.class);

    @Test
    void noPublicSignatureMentionsTheGeneratedInvokerOrAnInternalType() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : PUBLIC_TYPES) {
            assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isTrue();
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) || Modifier.isProtected(method.getModifiers())) {
                    Stream.concat(Stream.of(method.getReturnType()), Stream.concat(
                                    Stream.of(method.getParameterTypes()), Stream.of(method.getExceptionTypes())))
                            .filter(PublicApiTest::hidden)
                            .forEach(t -> leaks.add(type.getSimpleName() + "#" + method.getName() + ": "
                                    + t.getName()));
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                boolean open = Modifier.isPublic(constructor.getModifiers())
                        || Modifier.isProtected(constructor.getModifiers());
                if (open && !BUILT_BY_CALLERS.contains(type)) {
                    leaks.add(type.getSimpleName() + " has a public or protected constructor");
                }
                if (open) {
                    Stream.of(constructor.getParameterTypes()).filter(PublicApiTest::hidden)
                            .forEach(t -> leaks.add(type.getSimpleName() + "(): " + t.getName()));
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void everyExceptionIsUncheckedAndSharesTheBase() {
        PUBLIC_TYPES.stream().filter(Throwable.class::isAssignableFrom).forEach(type -> {
            assertThat(RuntimeException.class).isAssignableFrom(type);
            assertThat(WebexClientException.class).isAssignableFrom(type);
        });
    }

    private static boolean hidden(Class<?> type) {
        String name = type.getName();
        return name.startsWith("io.github.wxrestore.generated.invoker.")
                || name.startsWith("io.github.wxrestore.generated.api.")
                || name.startsWith("io.github.wxrestore.client.internal.");
    }

    @Test
    void theListingsValuesMentionNoGeneratedModel() {
        for (Class<?> type : List.of(RecordingQuery.class, RecordingQuery.Builder.class, ListedRecording.class)) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    assertThat(Stream.concat(Stream.of(method.getReturnType()), Stream.of(method.getParameterTypes())))
                            .as(type.getSimpleName() + "#" + method.getName())
                            .noneMatch(t -> t.getName().startsWith("io.github.wxrestore.generated."));
                }
            }
        }
    }
}
