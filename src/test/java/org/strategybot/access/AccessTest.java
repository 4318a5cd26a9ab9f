package org.strategybot.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class AccessTest {

    private final Access access = new Access(new AccessSettings(Set.of(" 00000000-0000-0000-0000-00000000000A ", "")));

    @Test
    void anAdminIsRecognisedWhateverTheCaseAndSpacingOfTheConfiguredId() {
        assertThat(access.isAdmin("00000000-0000-0000-0000-00000000000a")).isTrue();
    }

    @Test
    void nobodyElseIsAnAdminAndAnEmptyEntryAdmitsNoOne() {
        assertThat(access.isAdmin("00000000-0000-0000-0000-000000000001")).isFalse();
        assertThat(access.isAdmin("")).isFalse();
        assertThat(access.isAdmin(null)).isFalse();
    }
}
