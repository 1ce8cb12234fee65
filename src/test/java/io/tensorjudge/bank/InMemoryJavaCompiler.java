package io.tensorjudge.bank;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a candidate-style {@code public class Solution} in memory against the test classpath and loads it in its
 * own class loader, so every Solution/mutant gets a fresh class of the same name. Test-only and trusted code.
 */
final class InMemoryJavaCompiler {

    private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();
    private static final String CLASSPATH = classpath();

    private InMemoryJavaCompiler() {
    }

    static Class<?> compile(String className, String source) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        StandardJavaFileManager standard = COMPILER.getStandardFileManager(diagnostics, null, null);
        JavaFileManager manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String name, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return classes.computeIfAbsent(name, n -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        List<String> options = List.of("-classpath", CLASSPATH, "-proc:none", "-nowarn", "--release", "17");
        boolean ok = COMPILER.getTask(null, manager, diagnostics, options, null, List.of(file)).call();
        if (!ok) {
            StringBuilder message = new StringBuilder("compilation failed:");
            for (Diagnostic<?> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    message.append("\n  line ").append(d.getLineNumber()).append(": ").append(d.getMessage(null));
                }
            }
            throw new IllegalStateException(message.toString());
        }
        ClassLoader loader = new ClassLoader(InMemoryJavaCompiler.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] b = bytes.toByteArray();
                return defineClass(name, b, 0, b.length);
            }
        };
        try {
            return loader.loadClass(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled source has no class " + className, e);
        }
    }

    /** The JVM classpath, expanded through manifest-only jars (surefire's booter jar lists the real classpath). */
    private static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(entry);
            if (entry.endsWith(".jar")) {
                try (JarFile jar = new JarFile(entry)) {
                    Manifest manifest = jar.getManifest();
                    String extra = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
                    if (extra != null) {
                        for (String url : extra.trim().split("\\s+")) {
                            entries.add(Path.of(URI.create(url.startsWith("file:") ? url : "file:" + url)).toString());
                        }
                    }
                } catch (IOException | IllegalArgumentException e) {
                    // not a jar we can read: keep the entry as it is
                }
            }
        }
        return String.join(File.pathSeparator, new ArrayList<>(entries));
    }
}
