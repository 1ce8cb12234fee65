package io.tensorjudge.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionPrincipalTest {

    @Test
    void shouldCarryTheEpochBesideTheUsername() {
        assertThat(SessionPrincipal.of("alice", 0)).isEqualTo("alice");
        assertThat(SessionPrincipal.of("alice", 3)).isEqualTo("alice~3");
        assertThat(SessionPrincipal.username("alice~3")).isEqualTo("alice");
        assertThat(SessionPrincipal.epoch("alice~3")).isEqualTo(3);
        assertThat(SessionPrincipal.username("a.b-c_d")).isEqualTo("a.b-c_d");
        assertThat(SessionPrincipal.epoch("a.b-c_d")).isZero();
    }

    @Test
    void shouldNeverReadAGarbledEpochAsAValidOne() {
        assertThat(SessionPrincipal.epoch("alice~x")).isEqualTo(-1);
        assertThat(SessionPrincipal.epoch("alice~")).isEqualTo(-1);
    }
}
