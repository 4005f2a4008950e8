package io.github.wxrestore.sandbox;

import io.github.wxrestore.sandbox.SandboxHttp.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static io.github.wxrestore.sandbox.SandboxAccounts.ADMIN;
import static io.github.wxrestore.sandbox.SandboxAccounts.ANN;
import static io.github.wxrestore.sandbox.SandboxAccounts.SITE;
import static org.assertj.core.api.Assertions.assertThat;

/** The documented body rules (400), content types (415) and methods (405), over real HTTP. */
class WebexSandboxRequestRulesTest {

    @RegisterExtension
    static final SandboxPerClass shared = new SandboxPerClass(builder -> builder.recordingsPerHost(3));

    private static WebexSandbox sandbox;
    private static SandboxHttp http;
    private static String id;

    @BeforeAll
    static void start() {
        sandbox = shared.sandbox();
        http = shared.http();
        id = sandbox.seededIds(ANN, 1).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"restoreAll":true,"recordingIds":["ID"]}     | recordingIds should be empty when restoreAll is true.
            {}                                            | recordingIds should not be empty when restoreAll is false.
            {"recordingIds":[]}                           | recordingIds should not be empty when restoreAll is false.
            {"restoreAll":false,"siteUrl":"example.webex.com"} | recordingIds should not be empty when restoreAll is false.
            {"recordingIds":["ID","ID"]}                  | recordingIds names 'ID' more than once.
            {"recordingIds":[""]}                         | recordingIds[0] must be 1 to 256 characters long, not 0.
            {"recordingIds":["ID"],"siteUrl":"https://example.webex.com"} | siteUrl must be a site host name such as example.webex.com (no scheme, port or path), not 'https://example.webex.com'.
            {"recordingIds":["ID"],"siteUrl":"example.webex.com:443"}     | siteUrl must be a site host name such as example.webex.com (no scheme, port or path), not 'example.webex.com:443'.
            {"recordingIds":["ID"],"siteUrl":"example.webex.com/meet"}    | siteUrl must be a site host name such as example.webex.com (no scheme, port or path), not 'example.webex.com/meet'.
            {"recordingIds":["ID"],"siteUrl":""}          | siteUrl must be a site host name such as example.webex.com (no scheme, port or path), not ''.
            {"restoreAll":"true"}                         | restoreAll must be true or false, not a string.
            {"restoreAll":null}                           | recordingIds should not be empty when restoreAll is false.
            {"restoreAll":null,"recordingIds":null,"siteUrl":null} | recordingIds should not be empty when restoreAll is false.
            {"recordingIds":"ID"}                         | recordingIds must be an array of strings, not a string.
            {"recordingIds":[42]}                         | recordingIds[0] must be a string, not a number.
            {"recordingIds":["ID"],"siteUrl":7}           | siteUrl must be a string, not a number.
            ["ID"]                                        | The request body must be a JSON object.
            """)
    void aBrokenRuleIs400WithTheRuleInMessageAndErrors(String body, String problem) {
        Answer answer = http.post().as(ANN).body(body.replace("ID", id)).send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo(problem.replace("ID", id));
        assertThat(answer.descriptions()).containsExactly(problem.replace("ID", id));
        assertThat(answer.trackingId()).isEqualTo(answer.header("TrackingID"));
        assertThat(sandbox.restoredIds()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"recordingIds\":[", "{} {}", "{\"restoreAll\":true,\"restoreAll\":false}", "nope"})
    void malformedJsonIs400(String body) {
        Answer answer = http.post().as(ANN).body(body).send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).startsWith("Malformed JSON: ");
    }

    @Test
    void anEmptyBodyIs400() {
        Answer answer = http.post().as(ANN).send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).startsWith("The request body is required");
    }

    @Test
    void moreIdsThanTheSpecAllowsIs400() {
        List<String> ids = IntStream.range(0, 101).mapToObj(i -> "id-" + i).toList();

        Answer answer = http.post().as(ANN).ids(ids).send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.descriptions()).containsExactly("recordingIds has 101 items; its maximum size is 100.");
    }

    @Test
    void everyBrokenRuleIsListedAndTheFirstIsTheMessage() {
        Answer answer = http.post().as(ANN)
                .body("{\"restoreAll\":true,\"recordingIds\":[\"a\",\"a\"],\"siteUrl\":\"http://x\"}").send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.descriptions()).hasSize(3);
        assertThat(answer.message()).isEqualTo(answer.descriptions().get(0))
                .isEqualTo("recordingIds should be empty when restoreAll is true.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hostEmail=not-an-email", "hostEmail=", "hostEmail=ann%40example.com&hostEmail=bob%40example.com",
            "hostEmail=ann+ops%40example.com"})
    void aBadHostEmailIs400(String query) {
        Answer answer = http.post().as(ADMIN).rawQuery(query).body("{\"restoreAll\":true}").send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).startsWith("hostEmail must be");
        assertThat(sandbox.restoredIds()).isEmpty();
    }

    @Test
    void nullIsReadAsAbsentAsThePythonSdkSendsIt() {
        // wxc_sdk sends every field, null for those not given
        Answer named = http.post().as(ANN)
                .body("{\"restoreAll\": null, \"recordingIds\": [\"" + id + "\"], \"siteUrl\": null}").send();
        assertThat(named.status()).as(named.message()).isEqualTo(204);
        assertThat(sandbox.restoredIds()).containsExactly(id);

        Answer everything = http.post().as(ANN)
                .body("{\"restoreAll\": true, \"recordingIds\": null, \"siteUrl\": null}").send();
        assertThat(everything.status()).as(everything.message()).isEqualTo(204);
    }

    @Test
    void propertiesTheSpecDoesNotNameAreIgnored() {
        assertThat(http.post().as(ANN).body("{\"recordingIds\":[\"" + id + "\"],\"comment\":\"x\"}").send().status())
                .isEqualTo(204);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml",
            "application/json; charset=ISO-8859-1"})
    void aContentTypeOtherThanJsonIs415(String contentType) {
        Answer answer = http.post().as(ANN).contentType(contentType).ids(id).send();

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.message()).isEqualTo("Content type not supported; use application/json.");
        assertThat(sandbox.restoredIds()).isEmpty();
    }

    @Test
    void noContentTypeIs415() {
        Answer answer = http.post().as(ANN).noContentType().ids(id).send();

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.descriptions()).containsExactly("No Content-Type was sent; use application/json.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "APPLICATION/JSON;charset=\"UTF-8\""})
    void jsonWithOrWithoutUtf8CharsetIsAccepted(String contentType) {
        assertThat(http.post().as(ANN).contentType(contentType).ids(id).send().status()).isEqualTo(204);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE", "PATCH", "OPTIONS"})
    void otherMethodsAre405WithAllowPost(String method) {
        Answer answer = http.request(method).as(ANN).send();

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).isEqualTo("POST");
        assertThat(answer.message()).isEqualTo("Method not allowed.");
        assertThat(answer.descriptions()).containsExactly(method + " is not allowed on /v1/recordings/restore; use POST.");
    }

    @Test
    void headIs405WithoutABody() {
        Answer answer = http.request("HEAD").send();

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).isEqualTo("POST");
        assertThat(answer.body()).isEmpty();
    }

    @Test
    void aBodyOverOneMebibyteIs400() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            many.add("x".repeat(250));
        }
        Answer answer = http.post().as(ANN).ids(many).send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo("The request body is larger than 1048576 bytes.");
        assertThat(sandbox.recycleBin(SITE, ANN)).hasSize(3);
    }
}
