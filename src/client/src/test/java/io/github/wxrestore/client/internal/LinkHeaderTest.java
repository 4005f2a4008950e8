package io.github.wxrestore.client.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RFC 8288's {@code Link} as Webex and others write it, and where its next page is. */
class LinkHeaderTest {

    @Test
    void everyLinkOfAFieldIsReadWithItsTargetAsWrittenAndItsRelationTypes() throws Exception {
        List<LinkHeader.Link> links = LinkHeader.parse("<https://x.example/a?b=1,2;3>; rel=\"prev\","
                + " <https://x.example/n>;rel=next;title=\"a, b; \\\"c\\\"\" ,"
                + "<https://x.example/l>; rel=\"Last  Next\"");

        assertThat(links).containsExactly(new LinkHeader.Link("https://x.example/a?b=1,2;3", List.of("prev")),
                new LinkHeader.Link("https://x.example/n", List.of("next")),
                new LinkHeader.Link("https://x.example/l", List.of("last", "next")));
    }

    @Test
    void theFirstLinkWithNextAmongItsRelationsIsTheNextPageOverAllFields() throws Exception {
        assertThat(LinkHeader.next(List.of("<a>; rel=self", "<b>; rel=\"prev next\", <c>; rel=next"))).contains("b");
        assertThat(LinkHeader.next(List.of("<a>; rel=nextpage", "<b>; rel=\"previous\""))).isEmpty();
        assertThat(LinkHeader.next(List.of())).isEmpty();
        assertThat(LinkHeader.next(List.of("", " , ,"))).as("empty list elements are allowed").isEmpty();
    }

    @Test
    void onlyTheFirstRelOfALinkCountsAndOtherParametersDoNot() throws Exception {
        assertThat(LinkHeader.next(List.of("<a>; rel=prev; rel=next"))).isEmpty();
        assertThat(LinkHeader.next(List.of("<a>; anchor=\"rel=next\"; rev=next; rel=first"))).isEmpty();
        assertThat(LinkHeader.next(List.of("<a>; REL = \"NeXt\""))).contains("a");
        assertThat(LinkHeader.next(List.of("<a>; hreflang; rel=next"))).as("a parameter without a value")
                .contains("a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://x/a; rel=next", "<https://x/a; rel=next", "<a>; rel=\"next", "<a>; =next",
            "<a> rel=next", "<a>; rel=next <b>; rel=prev", "<a>; rel=\"next\\"})
    void aFieldThatDoesNotParseIsRefusedWhole(String field) {
        assertThatThrownBy(() -> LinkHeader.next(List.of(field)))
                .isInstanceOf(LinkHeader.UnreadableLinkException.class).hasMessageContaining("at character");
    }

    @Test
    void anAbsoluteTargetIsTakenExactlyAsGivenAndARelativeOneIsResolvedAgainstItsPage() throws Exception {
        URI page = URI.create("https://webexapis.com/v1/recordings?max=10&status=deleted");

        assertThat(PageExchange.resolve(page, "https://webexapis.com/v1/recordings?cursor=a%2Fb&x=%7E").toString())
                .isEqualTo("https://webexapis.com/v1/recordings?cursor=a%2Fb&x=%7E");
        assertThat(PageExchange.resolve(page, "https://WEBEXAPIS.com:443/v1/./r").toString())
                .as("not normalised").isEqualTo("https://WEBEXAPIS.com:443/v1/./r");
        assertThat(PageExchange.resolve(page, "?cursor=2").toString())
                .isEqualTo("https://webexapis.com/v1/recordings?cursor=2");
        assertThat(PageExchange.resolve(page, "/v1/recordings?cursor=3").toString())
                .isEqualTo("https://webexapis.com/v1/recordings?cursor=3");
        assertThat(PageExchange.resolve(page, "more?c=4").toString()).isEqualTo("https://webexapis.com/v1/more?c=4");
        assertThat(PageExchange.resolve(page, "//other.example/x").toString()).isEqualTo("https://other.example/x");
    }

    @Test
    void anOriginIsSchemeHostAndPortWithTheSchemesDefault() {
        Origin webex = Origin.of(URI.create("https://webexapis.com/v1"));

        assertThat(Origin.of(URI.create("HTTPS://WebexApis.com:443/other?x"))).isEqualTo(webex);
        assertThat(Origin.of(URI.create("http://webexapis.com/v1"))).isNotEqualTo(webex);
        assertThat(Origin.of(URI.create("https://webexapis.com:8443/v1"))).isNotEqualTo(webex);
        assertThat(Origin.of(URI.create("https://api.webexapis.com/v1"))).isNotEqualTo(webex);
        assertThat(Origin.of(URI.create("http://127.0.0.1/x"))).isEqualTo(Origin.of(URI.create("http://127.0.0.1:80")));
        assertThat(webex).hasToString("https://webexapis.com:443");
    }
}
