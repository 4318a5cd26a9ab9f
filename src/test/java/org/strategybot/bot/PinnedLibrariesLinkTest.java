package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodType;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * botbuilder-java 4.14.3 was built against libraries we have since moved to fixed versions (SECURITY.md): its
 * outgoing tokens come through msal4j, built for 1.11 and pinned here to 1.26 (which no longer uses Nimbus);
 * its connector client and Retrofit 2.5 were built on OkHttp 3, pinned here to OkHttp 4 (commons-io, also moved,
 * is declared by the SDK but called by none of its classes). Maven keeps one version of each. This checks, as the JVM does when linking, that every method and
 * field the SDK's libraries call in a moved library exists in the version on the classpath, including the
 * calls no test reaches ({@link OutgoingTokenTest} runs the token path itself).
 */
class PinnedLibrariesLinkTest {

    /** A call or field access from one library into another. */
    record Reference(boolean field, String owner, String name, String descriptor) {
        @Override
        public String toString() {
            return owner + "." + name + descriptor;
        }
    }

    @Test
    void everyMsal4jCallOfTheSdkResolves() throws Exception {
        assertResolve(List.of(com.microsoft.bot.connector.rest.RestConnectorClient.class,
                com.microsoft.bot.builder.BotFrameworkAdapter.class, com.microsoft.bot.integration.BotFrameworkHttpAdapter.class),
                List.of("com/microsoft/aad/msal4j/"), 10);
    }

    @Test
    void everyOkHttpCallOfTheConnectorClientResolves() throws Exception {
        assertResolve(List.of(com.microsoft.bot.connector.rest.RestConnectorClient.class, retrofit2.Retrofit.class,
                retrofit2.converter.jackson.JacksonConverterFactory.class), List.of("okhttp3/", "okio/"), 50);
    }

    private static void assertResolve(List<Class<?>> libraries, List<String> moved, int atLeast) throws IOException {
        List<Reference> references = new ArrayList<>();
        for (Class<?> anchor : libraries) {
            references.addAll(references(anchor, moved));
        }
        TreeSet<String> missing = new TreeSet<>();
        for (Reference reference : references) {
            if (!resolves(reference)) {
                missing.add(reference.toString());
            }
        }
        assertThat(references).as("the scan found the calls").hasSizeGreaterThan(atLeast);
        assertThat(missing).as("members the SDK's libraries call but the classpath lacks").isEmpty();
    }

    /** Every call and field access from the classes in the anchor's jar into the given packages. */
    private static List<Reference> references(Class<?> anchor, List<String> moved) throws IOException {
        URL location = anchor.getResource(anchor.getSimpleName() + ".class");
        JarURLConnection jar = (JarURLConnection) location.openConnection();
        List<Reference> found = new ArrayList<>();
        try (JarFile file = jar.getJarFile()) {
            for (var entries = file.entries(); entries.hasMoreElements();) {
                var entry = entries.nextElement();
                if (!entry.getName().endsWith(".class")) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                        @Override
                        public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
                            return new MethodVisitor(Opcodes.ASM9) {
                                @Override
                                public void visitMethodInsn(int opcode, String owner, String method, String descriptor, boolean itf) {
                                    add(false, owner, method, descriptor);
                                }

                                @Override
                                public void visitFieldInsn(int opcode, String owner, String field, String descriptor) {
                                    add(true, owner, field, descriptor);
                                }

                                private void add(boolean isField, String owner, String member, String descriptor) {
                                    if (moved.stream().anyMatch(owner::startsWith)) {
                                        found.add(new Reference(isField, owner.replace('/', '.'), member, descriptor));
                                    }
                                }
                            };
                        }
                    }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
                }
            }
        }
        return found;
    }

    private static boolean resolves(Reference reference) {
        ClassLoader loader = PinnedLibrariesLinkTest.class.getClassLoader();
        try {
            Class<?> owner = Class.forName(reference.owner(), false, loader);
            if (reference.field()) {
                return hierarchy(owner).stream().flatMap(c -> Arrays.stream(c.getDeclaredFields()))
                        .map(Field::getName).anyMatch(reference.name()::equals);
            }
            MethodType type = MethodType.fromMethodDescriptorString(reference.descriptor(), loader);
            List<Executable> candidates = new ArrayList<>();
            if (reference.name().equals("<init>")) {
                candidates.addAll(Arrays.asList(owner.getDeclaredConstructors()));
            } else {
                hierarchy(owner).forEach(c -> Arrays.stream(c.getDeclaredMethods())
                        .filter(m -> m.getName().equals(reference.name()) && m.getReturnType().equals(type.returnType()))
                        .forEach(candidates::add));
                Arrays.stream(Object.class.getDeclaredMethods()).filter(m -> m.getName().equals(reference.name()))
                        .forEach(candidates::add);
            }
            return candidates.stream().anyMatch(e -> Arrays.equals(e.getParameterTypes(), type.parameterArray())
                    && (!(e instanceof Method m) || m.getReturnType().equals(type.returnType())));
        } catch (ClassNotFoundException | TypeNotPresentException | LinkageError e) {
            return false;
        }
    }

    private static List<Class<?>> hierarchy(Class<?> type) {
        List<Class<?>> all = new ArrayList<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            Class<?> c = todo.poll();
            all.add(c);
            if (c.getSuperclass() != null) {
                todo.add(c.getSuperclass());
            }
            todo.addAll(Arrays.asList(c.getInterfaces()));
        }
        return all;
    }
}
