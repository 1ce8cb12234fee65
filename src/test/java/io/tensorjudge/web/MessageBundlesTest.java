package io.tensorjudge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every UI string exists in both languages: each zh bundle's keys are exactly its messages/<name>_en keys. */
class MessageBundlesTest {

    @Test
    void shouldHaveTheSameKeysInChineseAndEnglish() throws IOException {
        List<Class<?>> bundles = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.tensorjudge.web").stream()
                .filter(c -> c.isAnnotatedWith(MessageBundle.class)).map(JavaClass::reflect).toList();
        assertThat(bundles).as("message bundles found").hasSizeGreaterThanOrEqualTo(5);
        for (Class<?> bundle : bundles) {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            assertThat(bundle.getAnnotation(MessageBundle.class).locale()).as(name + " default locale").isEqualTo("zh");
            Set<String> zh = new TreeSet<>();
            for (Method method : bundle.getDeclaredMethods()) {
                Message message = method.getAnnotation(Message.class);
                if (message != null) {
                    zh.add(Message.DEFAULT_NAME.equals(message.key()) || message.key().isEmpty()
                            ? method.getName() : message.key());
                }
            }
            assertThat(english(name)).as("keys of messages/%s_en.properties (%s)", name, bundle.getSimpleName())
                    .isEqualTo(zh);
        }
    }

    private static Set<String> english(String bundle) throws IOException {
        String path = "messages/" + bundle + "_en.properties";
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }
}
