package io.tensorjudge.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.common.Conflict;
import io.tensorjudge.common.Invalid;
import io.tensorjudge.common.NotFound;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountStatusTest {

    private static final String PASSWORD = "first-password-1";

    @Inject
    AccountService accounts;

    private String account() {
        String name = "status" + System.nanoTime() % 1_000_000;
        accounts.create(name, null, PASSWORD, List.of(Roles.INTERVIEWER));
        return name;
    }

    private String session(String name, String password) {
        return accounts.login(name, password, "10.88.0.1").orElseThrow().principal();
    }

    @Test
    void shouldEndTheSessionsOfADisabledAccountAndKeepThemEndedWhenEnabledAgain() {
        String name = account();
        String before = session(name, PASSWORD);
        assertThat(accounts.resume(before)).isPresent();

        assertThat(accounts.setDisabled(name, true, "admin").disabled()).isTrue();
        assertThat(accounts.resume(before)).as("existing session of a disabled account").isEmpty();
        assertThat(accounts.login(name, PASSWORD, "10.88.0.1")).as("login of a disabled account").isEmpty();

        assertThat(accounts.setDisabled(name, false, "admin").disabled()).isFalse();
        assertThat(accounts.resume(before)).as("an old session does not come back").isEmpty();
        String after = session(name, PASSWORD);
        assertThat(after).isNotEqualTo(before);
        assertThat(accounts.resume(after)).map(s -> s.member().username()).hasValue(name);
    }

    @Test
    void shouldEndTheSessionsWhenAnAdminSetsANewPassword() {
        String name = account();
        String before = session(name, PASSWORD);
        accounts.setPassword(name, "second-password-2");
        assertThat(accounts.resume(before)).isEmpty();
        assertThat(accounts.login(name, PASSWORD, "10.88.0.2")).isEmpty();
        assertThat(accounts.resume(session(name, "second-password-2"))).isPresent();
        assertThatThrownBy(() -> accounts.setPassword(name, "short")).isInstanceOf(Invalid.class)
                .hasMessageContaining("password: at least 10 characters");
        assertThatThrownBy(() -> accounts.setPassword("nobody-here", "long-enough-1")).isInstanceOf(NotFound.class);
    }

    @Test
    void shouldChangeOnesOwnPasswordOnlyWithTheCurrentOne() {
        String name = account();
        String before = session(name, PASSWORD);
        assertThatThrownBy(() -> accounts.changeOwnPassword(name, "not-the-password", "new-password-3", "10.88.0.3"))
                .isInstanceOf(Invalid.class).hasMessageContaining("currentPassword");
        assertThatThrownBy(() -> accounts.changeOwnPassword(name, PASSWORD, "short", "10.88.0.3"))
                .isInstanceOf(Invalid.class).hasMessageContaining("newPassword: at least 10 characters");
        assertThat(accounts.resume(before)).as("refused changes keep the session").isPresent();

        accounts.changeOwnPassword(name, PASSWORD, "new-password-3", "10.88.0.3");
        assertThat(accounts.resume(before)).as("this session ends too").isEmpty();
        assertThat(accounts.login(name, PASSWORD, "10.88.0.3")).isEmpty();
        assertThat(accounts.login(name, "new-password-3", "10.88.0.3")).isPresent();
    }

    @Test
    void shouldRefuseToDisableOnesOwnAccount() {
        String name = account();
        assertThatThrownBy(() -> accounts.setDisabled(name, true, name)).isInstanceOf(Conflict.class);
        assertThat(accounts.find(name).orElseThrow().disabled()).isFalse();
    }

    @Test
    void shouldRefuseAForgedEpoch() {
        String name = account();
        assertThat(accounts.resume(name + "~7")).isEmpty();
        assertThat(accounts.resume(name + "~x")).isEmpty();
        assertThat(accounts.resume(name)).isPresent();
    }
}
