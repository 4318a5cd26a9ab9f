package org.strategybot.bot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.strategybot.system.TestStore;

/**
 * A test of the running application through its HTTP face: {@code POST /api/messages} as Teams calls it, and the
 * REST API. Every class so marked gets the same settings, below, so Spring's context cache starts the application
 * once and all of them share it; isolation between classes comes from each using conversations, people and items of
 * its own, not from a fresh application. A class whose subject truly needs other settings adds them (with
 * {@code @TestPropertySource} or {@code @DynamicPropertySource}) and so gets an application of its own; a class that
 * rewrites what others read (the plan's shape, its people) asks for one with {@link #OWN_APPLICATION}. Either way
 * it says why in a comment.
 * <p>
 * {@link Endpoint} hands a test the {@link FakeConnector}, a {@link TeamsChat} and a {@link Rest} client bound to the
 * application: in its fields of those types, or as parameters.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "strategy-bot.api-keys=" + TestStore.API_KEY,
        "strategy-bot.clients[0].name=test-admin",
        "strategy-bot.clients[0].key=" + TestStore.ADMIN_KEY,
        "strategy-bot.clients[0].admin=true",
        "strategy-bot.clients[1].name=own-tenant-admin",
        "strategy-bot.clients[1].key=" + EndpointTest.OWN_TENANT_ADMIN_KEY,
        "strategy-bot.clients[1].tenant=" + TeamsActivities.TENANT,
        "strategy-bot.clients[1].admin=true",
        "strategy-bot.clients[2].name=other-tenant-admin",
        "strategy-bot.clients[2].key=" + EndpointTest.OTHER_TENANT_ADMIN_KEY,
        "strategy-bot.clients[2].tenant=" + EndpointTest.OTHER_TENANT,
        "strategy-bot.clients[2].admin=true",
        "strategy-bot.admins=" + EndpointTest.ADMIN,
        "strategy-bot.strategy.tenants." + EndpointTest.OTHER_TENANT + "=worcestershire-children-first",
        "strategy-bot.public-url=https://" + EndpointTest.PUBLIC_HOST,
        // digests go out when a test runs them, at the moment it chooses, never on the clock of the machine
        "strategy-bot.digest.enabled=false"})
@ContextConfiguration(initializers = TestStore.class)
@ExtendWith(Endpoint.class)
public @interface EndpointTest {

    /** The administrator (TeamsChat's Ada Admin). */
    String ADMIN = TeamsChat.ADMIN;
    /** A second tenant, mapped to another directorate's strategy (which has no action plan). */
    String OTHER_TENANT = "bbbbbbbb-0000-4000-8000-00000000000b";
    /** Where people reach the application: links in cards point here, and links to it unfurl. */
    String PUBLIC_HOST = "strategy.example.gov.uk";
    /** A REST client that administers TeamsActivities' tenant only (clients[1]). */
    String OWN_TENANT_ADMIN_KEY = "own-tenant-admin-key";
    /** A REST client that administers {@link #OTHER_TENANT} only (clients[2]). */
    String OTHER_TENANT_ADMIN_KEY = "other-tenant-admin-key";
    /**
     * A setting the application does not read: given with the reason as its value, it makes a class's configuration,
     * and so its application, its own, for a class that changes what the shared application's other tests read.
     */
    String OWN_APPLICATION = "strategy-bot-test.own-application-because";
}
