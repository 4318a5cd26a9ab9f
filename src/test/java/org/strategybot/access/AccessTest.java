package org.strategybot.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccessTest {

    private static final String TENANT = "72f988bf-0000-4000-8000-00000000beef";

    private final Access access = new Access(new AccessSettings(Set.of(" 00000000-0000-0000-0000-00000000000A ", ""),
            Set.of("72F988BF-0000-4000-8000-00000000BEEF"), Set.of(" key-one-0123456789 ", ""),
            List.of(new AccessSettings.Client("finance-dashboard", "key-two-0123456789", " 72F988BF-0000-4000-8000-00000000BEEF ", false),
                    new AccessSettings.Client("importer", "key-three-0123456789", null, true)),
            entra(Set.of(TENANT))));

    private static AccessSettings.Entra entra(Set<String> tenants) {
        return new AccessSettings.Entra("api://strategy-bot", tenants, "https://login.microsoftonline.com", "StrategyBot.Admin");
    }

    private static Access none() {
        return new Access(new AccessSettings(Set.of(), Set.of(), Set.of(), List.of(), entra(Set.of())));
    }

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
        assertThat(access.servesTenant(TENANT)).isTrue();
        assertThat(access.servesTenant("11111111-0000-4000-8000-000000000000")).isFalse();
        assertThat(access.servesTenant(null)).isFalse();
        assertThat(none().servesTenant("anything")).as("none configured: a single-organisation bot").isTrue();
    }

    @Test
    void apiKeysMatchExactlyAndAnEmptyEntryOpensNothing() {
        assertThat(access.byApiKey("key-one-0123456789")).contains(new Caller("api-key", null, false));
        assertThat(access.byApiKey("key-one-012345678")).isEmpty();
        assertThat(access.byApiKey("")).isEmpty();
        assertThat(access.byApiKey(null)).isEmpty();
        assertThat(none().byApiKey("anything")).isEmpty();
    }

    @Test
    void aKeyShorterThanSixteenCharactersStopsTheStartWithoutShowingTheKey() {
        assertThatThrownBy(() -> new AccessSettings(Set.of(), Set.of(), Set.of("x"), List.of(), entra(Set.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("STRATEGY_BOT_API_KEYS")
                .hasMessageContaining("has 1 characters").hasMessageContaining("at least 16");
        assertThatThrownBy(() -> new AccessSettings(Set.of(), Set.of(), Set.of(), List.of(new AccessSettings.Client("a", "short-key", null,
                false)), entra(Set.of()))).hasMessageContaining("strategy-bot.clients[0].key").hasMessageNotContaining("short-key");
        assertThat(new AccessSettings(Set.of(), Set.of(), Set.of("", " "), List.of(), entra(Set.of())).apiKeys())
                .as("an unset variable configures nothing and stops nothing").hasSize(2);
    }

    @Test
    void aNamedClientCarriesItsTenantAndWhetherItMayWrite() {
        assertThat(access.byApiKey("key-two-0123456789")).contains(new Caller("finance-dashboard", TENANT, false));
        assertThat(access.byApiKey("key-three-0123456789")).contains(new Caller("importer", null, true));
    }

    @Test
    void aPersonFromAnAcceptedTenantReadsAndAnAdminRoleOrListedIdLetsThemWrite() {
        String person = "00000000-0000-0000-0000-0000000000b1";
        assertThat(access.byEntraToken(person, TENANT.toUpperCase(), List.of())).contains(new Caller(person, TENANT, false));
        assertThat(access.byEntraToken(person, TENANT, List.of("StrategyBot.Admin"))).contains(new Caller(person, TENANT, true));
        assertThat(access.byEntraToken("00000000-0000-0000-0000-00000000000A", TENANT, null))
                .contains(new Caller("00000000-0000-0000-0000-00000000000a", TENANT, true));
    }

    @Test
    void aPersonFromAnotherTenantOrWithoutAnObjectIdIsNobody() {
        assertThat(access.byEntraToken("00000000-0000-0000-0000-0000000000b1", "11111111-0000-4000-8000-000000000000",
                List.of("StrategyBot.Admin"))).isEmpty();
        assertThat(access.byEntraToken(null, TENANT, List.of())).isEmpty();
        assertThat(access.byEntraToken("00000000-0000-0000-0000-0000000000b1", null, List.of())).isEmpty();
    }
}
