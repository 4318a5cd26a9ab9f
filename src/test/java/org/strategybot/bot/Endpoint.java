package org.strategybot.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What an {@link EndpointTest} talks through: the {@link FakeConnector} the bot answers on, reset before every test,
 * and the HTTP helpers bound to the application's port ({@link TeamsChat}, {@link Rest}). A test class gets them in
 * its fields of those types, as it gets beans in its {@code @Autowired} fields, or as parameters (of a static
 * {@code @BeforeAll} method, say).
 * <p>
 * One connector serves the whole run rather than one per class: every conversation the bot stores names the
 * connector's address, and a shared application must find all of them still answering when a later class sends a
 * digest. Tests tell their calls apart by {@link FakeConnector#mark()} and by conversation ids of their own.
 */
final class Endpoint implements TestInstancePostProcessor, BeforeEachCallback, ParameterResolver {

    /** Lee Lead's id in chats, as a mention of them carries it. */
    static final String LEE = "29:lee";

    private static final Set<Class<?>> SERVED = Set.of(FakeConnector.class, TeamsChat.class, Rest.class);
    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(Endpoint.class);

    @Override
    public void postProcessTestInstance(Object test, ExtensionContext context) throws IllegalAccessException {
        for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (SERVED.contains(field.getType()) && !Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    field.set(test, serve(field.getType(), context));
                }
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        FakeConnector connector = connector(context);
        connector.reset();
        // TeamsChat's lead is in every team, as people are: an administrator makes them a lead by @mentioning them
        connector.member(LEE, TeamsChat.LEAD);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return SERVED.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return serve(parameter.getParameter().getType(), context);
    }

    private static Object serve(Class<?> type, ExtensionContext context) {
        if (type == FakeConnector.class) {
            return connector(context);
        }
        return type == TeamsChat.class ? new TeamsChat(connector(context), port(context)) : new Rest(port(context));
    }

    private static FakeConnector connector(ExtensionContext context) {
        // the root store closes it (it is AutoCloseable) when the run ends
        return context.getRoot().getStore(HERE).computeIfAbsent(FakeConnector.class, key -> start(), FakeConnector.class);
    }

    private static FakeConnector start() {
        try {
            return new FakeConnector();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int port(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port",
                Integer.class);
    }
}
