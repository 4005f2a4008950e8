package io.github.wxrestore.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.SandboxScope;
import io.github.wxrestore.sandbox.SandboxUser;
import io.github.wxrestore.sandbox.ScriptedReply;
import io.github.wxrestore.sandbox.WebexSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.github.wxrestore.contract.ProviderStates.*;

/**
 * Replays every interaction of every pact in the pact folder ({@code pact.rootDir}, {@code target/pacts})
 * against the sandbox (the provider side of the same spec), after setting up the provider state the interaction
 * names; a listing's state also answers the values its request takes from the state, the window of its
 * recordings and the cursor of a next page ({@link ListingStateSetup}). Runs after the consumer tests wrote the
 * pacts and after {@link PactsMatchSpecIT} checked them against the spec. The real Webex cannot set up provider
 * states; the sandbox stands in for it, and the pacts-vs-spec check ties both to {@code api-spec/}.
 */
@Provider(Parties.PROVIDER)
@PactFolder("${pact.rootDir:target/pacts}")
class ProviderVerificationIT {

    /** A host whose email has a '+': it reaches the sandbox only if the '+' travels percent-encoded. */
    private static final SandboxUser PLUS_HOST =
            SandboxUser.of(RequestShape.PLUS_HOST, "sandbox-token-dana", SandboxScope.USER, SandboxAccounts.SITE);

    private static WebexSandbox sandbox;
    private static ListingStateSetup listings;

    @BeforeAll
    static void startSandbox() {
        // after every interaction the result accumulator (which gathers results for a Pact Broker) warns that the
        // others are not verified yet: hundreds of lines that say nothing; the verifier's report says what passed
        ((Logger) LoggerFactory.getLogger("au.com.dius.pact.provider.DefaultTestResultAccumulator"))
                .setLevel(Level.ERROR);
        List<SandboxUser> users = new ArrayList<>(SandboxAccounts.defaults().users());
        users.add(PLUS_HOST);
        sandbox = WebexSandbox.builder().accounts(SandboxAccounts.of(users)).recordingsPerHost(3).start();
        listings = new ListingStateSetup(sandbox);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void pointAtTheSandbox(PactVerificationContext context) {
        sandbox.reset(); // no bin contents, scripted replies or restored IDs leak from one interaction to the next
        context.setTarget(new HttpTestTarget("127.0.0.1", sandbox.port(), "/", NoRetryHttpClientFactory::new));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void theSandboxHonoursTheInteraction(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @State(RECORDINGS_IN_RECYCLE_BIN)
    void recordingsInRecycleBin(Map<String, Object> params) {
        List<?> ids = (List<?>) params.get(RECORDING_IDS);
        sandbox.addToRecycleBin((String) params.get(SITE), (String) params.get(HOST_EMAIL),
                ids.stream().map(String.class::cast).toArray(String[]::new));
    }

    @State({ANSWERS_200, ANSWERS_201, ANSWERS_202, ANSWERS_204, ANSWERS_400, ANSWERS_401, ANSWERS_403, ANSWERS_404,
            ANSWERS_405, ANSWERS_409, ANSWERS_410, ANSWERS_415, ANSWERS_423_RETRY_AFTER, ANSWERS_423, ANSWERS_428,
            ANSWERS_429_RETRY_AFTER, ANSWERS_500, ANSWERS_502, ANSWERS_503, ANSWERS_504})
    void nextRestoreAnswers(Map<String, Object> params) {
        script(params);
    }

    /** A listing page's scripted error: the sandbox answers the next request with it, a listing as a restore. */
    @State({LISTING_ANSWERS_400, LISTING_ANSWERS_401, LISTING_ANSWERS_403, LISTING_ANSWERS_404, LISTING_ANSWERS_405,
            LISTING_ANSWERS_409, LISTING_ANSWERS_410, LISTING_ANSWERS_415, LISTING_ANSWERS_423_RETRY_AFTER,
            LISTING_ANSWERS_423, LISTING_ANSWERS_428, LISTING_ANSWERS_429_RETRY_AFTER, LISTING_ANSWERS_500,
            LISTING_ANSWERS_502, LISTING_ANSWERS_503, LISTING_ANSWERS_504})
    void nextListingPageAnswers(Map<String, Object> params) {
        script(params);
    }

    /** Returns the window (and cursor) the interaction's request takes from the state. */
    @State(HOST_HAS_DELETED_RECORDINGS)
    Map<String, Object> hostHasDeletedRecordings(Map<String, Object> params) {
        return listings.hostHas(params);
    }

    @State(SITE_HAS_DELETED_RECORDINGS)
    Map<String, Object> siteHasDeletedRecordings(Map<String, Object> params) {
        return listings.siteHas(params);
    }

    private static void script(Map<String, Object> params) {
        ScriptedReply reply = ScriptedReply.status(((Number) params.get(STATUS)).intValue());
        Object retryAfter = params.get(RETRY_AFTER);
        sandbox.respondNext(retryAfter == null ? reply : reply.retryAfter(retryAfter.toString()));
    }
}
