package org.strategybot.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class AccessTest {

    private final Access access = new Access(new AccessSettings(Set.of(" 00000000-0000-0000-0000-00000000000A ", ""),
            Set.of("72F988BF-0000-4000-8000-00000000BEEF"), Set.of(" key-one ", "")));

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

    @Test
    void onlyConfiguredTenantsAreServedWhenAnyAre() {
        assertThat(access.servesTenant("72f988bf-0000-4000-8000-00000000beef")).isTrue();
        assertThat(access.servesTenant("11111111-0000-4000-8000-000000000000")).isFalse();
        assertThat(access.servesTenant(null)).isFalse();
        Access open = new Access(new AccessSettings(Set.of(), Set.of(), Set.of()));
        assertThat(open.servesTenant("anything")).as("none configured: a single-organisation bot").isTrue();
    }

    @Test
    void apiKeysMatchExactlyAndAnEmptyEntryOpensNothing() {
        assertThat(access.isApiKey("key-one")).isTrue();
        assertThat(access.isApiKey("key-on")).isFalse();
        assertThat(access.isApiKey("")).isFalse();
        assertThat(access.isApiKey(null)).isFalse();
        assertThat(new Access(new AccessSettings(Set.of(), Set.of(), Set.of())).isApiKey("anything")).isFalse();
    }
}
