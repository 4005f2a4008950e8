package io.github.wxrestore.sandbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxAccountsTest {

    @Test
    void theDefaultsAreTwoUsersAndAnAdminOnTwoSites() {
        SandboxAccounts accounts = SandboxAccounts.defaults();

        assertThat(accounts.sites()).containsExactly("example.webex.com", "example-eu.webex.com");
        assertThat(accounts.user("ANN@example.com").scope()).isEqualTo(SandboxScope.USER);
        assertThat(accounts.user(SandboxAccounts.ANN).token()).isEqualTo(SandboxAccounts.ANN_TOKEN);
        assertThat(accounts.user(SandboxAccounts.BOB).sites()).containsExactly(SandboxAccounts.EU_SITE);
        assertThat(accounts.user(SandboxAccounts.ADMIN).isAdmin()).isTrue();
        assertThat(accounts.user(SandboxAccounts.ADMIN).scope().wireName()).isEqualTo("meeting:admin_recordings_write");
        assertThat(accounts.find("nobody@example.com")).isEmpty();
    }

    @Test
    void aUserIsNormalizedAndItsPreferredSiteComesFirst() {
        SandboxUser user = SandboxUser.of("Zoe@Example.COM", "t-zoe", SandboxScope.USER, "B.webex.com",
                "a.webex.com", "b.webex.com");

        assertThat(user.email()).isEqualTo("zoe@example.com");
        assertThat(user.sites()).containsExactly("b.webex.com", "a.webex.com");
        assertThat(user.hasSite("A.WEBEX.COM")).isTrue();
    }

    @Test
    void toStringNeverShowsTheToken() {
        SandboxUser user = SandboxAccounts.defaults().user(SandboxAccounts.ANN);

        assertThat(user.toString()).doesNotContain(SandboxAccounts.ANN_TOKEN).contains("ann@example.com", "<redacted>");
        assertThat(SandboxAccounts.defaults().toString()).doesNotContain("sandbox-token");
    }

    @Test
    void badAccountsAreRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> SandboxUser.of("not-an-email", "t", SandboxScope.USER, "a.webex.com"))
                .hasMessageContaining("email");
        assertThatThrownBy(() -> SandboxUser.of("a@example.com", "has space", SandboxScope.USER, "a.webex.com"))
                .hasMessageContaining("token");
        assertThatThrownBy(() -> SandboxUser.of("a@example.com", "t", SandboxScope.USER, "https://a.webex.com"))
                .hasMessageContaining("site");
        SandboxUser a = SandboxUser.of("a@example.com", "t", SandboxScope.USER, "a.webex.com");
        assertThatThrownBy(() -> SandboxAccounts.of(a, SandboxUser.of("A@example.com", "u", SandboxScope.USER,
                "a.webex.com"))).hasMessageContaining("two users with the email a@example.com");
        assertThatThrownBy(() -> SandboxAccounts.of(a, SandboxUser.of("b@example.com", "t", SandboxScope.USER,
                "a.webex.com"))).hasMessageContaining("share a token").hasMessageNotContaining("\"t\"");
        assertThatThrownBy(SandboxAccounts::of).hasMessageContaining("at least one user");
        assertThatThrownBy(() -> SandboxAccounts.defaults().user("x@example.com"))
                .hasMessageContaining("ann@example.com");
    }
}
