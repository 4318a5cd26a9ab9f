package org.strategybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategybot.actions.ProgressUpdate;

/**
 * What the REST API returns is built from view records, never from the classes stored in MongoDB: a field renamed in
 * the store must not rename it for API clients and the dashboard. The check follows every endpoint's return type
 * through lists, maps and the components of records to the last of our own types.
 */
class RestContractTest {

    @Test
    void noEndpointReturnsAStoredDocumentOrAPartOfOne() {
        List<String> stored = new ArrayList<>();
        for (Class<?> controller : controllers()) {
            for (Method handler : controller.getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(handler, RequestMapping.class)) {
                    String where = controller.getSimpleName() + "." + handler.getName();
                    storedTypesIn(handler.getGenericReturnType(), where, new HashSet<>(), stored);
                }
            }
        }
        assertThat(stored).as("stored types an endpoint returns (give it a view record instead)").isEmpty();
    }

    @Test
    void theCheckFindsAStoredDocumentInsideAView() {
        record Leaky(List<ProgressUpdate> entries) {
        }
        List<String> stored = new ArrayList<>();
        storedTypesIn(Leaky.class, "Leaky", new HashSet<>(), stored);
        assertThat(stored).containsExactly("Leaky.entries: ProgressUpdate");
    }

    private static List<Class<?>> controllers() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<Class<?>> found = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.strategybot")) {
            found.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), RestContractTest.class.getClassLoader()));
        }
        assertThat(found).as("REST controllers found").hasSizeGreaterThan(5);
        return found;
    }

    private static void storedTypesIn(Type type, String path, Set<Class<?>> seen, List<String> stored) {
        if (type instanceof ParameterizedType p) {
            storedTypesIn(p.getRawType(), path, seen, stored);
            for (Type argument : p.getActualTypeArguments()) {
                storedTypesIn(argument, path, seen, stored);
            }
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                storedTypesIn(bound, path, seen, stored);
            }
        } else if (type instanceof GenericArrayType a) {
            storedTypesIn(a.getGenericComponentType(), path, seen, stored);
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                storedTypesIn(c.getComponentType(), path, seen, stored);
            } else if (c.getName().startsWith("org.strategybot.") && seen.add(c)) {
                if (stored(c)) {
                    stored.add(path + ": " + c.getName().substring(c.getPackageName().length() + 1).replace('$', '.'));
                } else if (c.isRecord()) {
                    for (RecordComponent component : c.getRecordComponents()) {
                        storedTypesIn(component.getGenericType(), path + "." + component.getName(), seen, stored);
                    }
                } else if (!c.isEnum()) {
                    for (Field field : c.getDeclaredFields()) {
                        if (!Modifier.isStatic(field.getModifiers())) {
                            storedTypesIn(field.getGenericType(), path + "." + field.getName(), seen, stored);
                        }
                    }
                }
            }
        }
    }

    /**
     * A stored document, or a record or class inside one (its embedded parts, such as a stored override). Enums inside
     * one are values the store and the API spell alike, and renaming a constant needs a migration of the data anyway.
     */
    private static boolean stored(Class<?> c) {
        if (c.isEnum()) {
            return false;
        }
        for (Class<?> outer = c; outer != null; outer = outer.getEnclosingClass()) {
            if (outer.isAnnotationPresent(Document.class)) {
                return true;
            }
        }
        return false;
    }
}
