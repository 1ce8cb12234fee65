package io.tensorjudge.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The read-only files the sandbox sees, prepared once on the host under the cache dir: the Python harness, and for
 * Java the ND4J jars, their native libraries unpacked from the {@code *-linux-x86_64.jar}s (never per job) and the
 * Java harness (compiled by the build into the resource {@code sandbox/harness.jar}). Everything is world-readable
 * because the sandbox runs under another uid.
 */
final class SandboxFiles {
    /** Jars the sandboxed JVM needs (ND4J and its runtime dependencies), matched on the file name. */
    private static final Pattern ND4J_JAR = Pattern.compile("(?:^|[./])(nd4j-[a-z-]+|javacpp|openblas|commons-math3"
            + "|commons-lang3|commons-collections4|flatbuffers-java|protobuf|oshi-core|jna|jna-platform|jackson"
            + "|commons-net|guava|failureaccess|commons-compress|commons-io|slf4j-api|gson)-\\d[^/]*\\.jar$");
    private static final String PLATFORM_SUFFIX = "-linux-x86_64.jar";

    private final Path root;

    SandboxFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    Path pythonDir() {
        return root.resolve("python");
    }

    Path javaLibDir() {
        return root.resolve("java/lib");
    }

    Path javaNativesDir() {
        return root.resolve("java/natives");
    }

    /** Writes the Python harness; cheap, done at every start so an upgrade always takes effect. */
    void preparePython() throws IOException {
        mkdirs(pythonDir());
        writeReadable(pythonDir().resolve("harness.py"), resource("sandbox/python_harness.py"));
        // the fork server (tensorjudge.sandbox.python.fork-server): its launcher runs on the host, the rest inside
        for (String name : List.of("fork_server.py", "seccomp_filter.py", "userns_launch.py")) {
            writeReadable(pythonDir().resolve(name), resource("sandbox/" + name));
        }
        makeReadable(root);
    }

    /**
     * Copies the ND4J jars and the Java harness and unpacks their natives, unless a previous run already did
     * it for the same jars and harness.
     */
    void prepareJava(Optional<String> explicitClasspath) throws IOException {
        // Two runners (or two app instances) sharing the cache dir must not unpack over each other.
        synchronized (SandboxFiles.class) {
            mkdirs(root);
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(root.resolve(".lock"),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                    java.nio.channels.FileLock lock = ch.lock()) {
                prepareJavaLocked(explicitClasspath);
            }
        }
    }

    private void prepareJavaLocked(Optional<String> explicitClasspath) throws IOException {
        List<Path> jars = findNd4jJars(explicitClasspath);
        List<Path> classJars = jars.stream().filter(p -> !p.getFileName().toString().endsWith(PLATFORM_SUFFIX)).toList();
        List<Path> platformJars = jars.stream().filter(p -> p.getFileName().toString().endsWith(PLATFORM_SUFFIX))
                .toList();
        if (classJars.stream().noneMatch(p -> p.getFileName().toString().contains("nd4j-api"))
                || platformJars.isEmpty()) {
            throw new IOException("ND4J jars (nd4j-api and nd4j-native linux-x86_64) not found on the classpath;"
                    + " set tensorjudge.sandbox.java.classpath");
        }
        byte[] harness = resource("sandbox/harness.jar"); // built by Maven from src/main/harness (pom.xml)
        StringBuilder stamp = new StringBuilder("harness:" + java.util.Arrays.hashCode(harness) + "\n");
        for (Path j : jars) {
            stamp.append(j.getFileName()).append(':').append(Files.size(j)).append('\n');
        }
        Path stampFile = root.resolve("java/stamp.txt");
        if (Files.exists(stampFile) && Files.readString(stampFile).contentEquals(stamp)) {
            return;
        }
        Path java = root.resolve("java");
        deleteTree(java);
        mkdirs(javaLibDir());
        mkdirs(javaNativesDir());
        for (Path jar : classJars) {
            Files.copy(jar, javaLibDir().resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        for (Path jar : platformJars) {
            unpackNatives(jar, javaNativesDir());
        }
        // JavaCPP's OpenBLAS JNI library links against the no-LAPACK name; its cache normally adds this link.
        Path openblas = javaNativesDir().resolve("libopenblas.so.0");
        Path nolapack = javaNativesDir().resolve("libopenblas_nolapack.so.0");
        if (Files.exists(openblas) && !Files.exists(nolapack)) {
            Files.createSymbolicLink(nolapack, openblas.getFileName());
        }
        Files.write(root.resolve("java/harness.jar"), harness);
        makeReadable(root);
        Files.writeString(stampFile, stamp);
        makeReadable(stampFile);
    }

    /** Classpath of the sandboxed JVM, as paths inside the sandbox. */
    String sandboxClasspath(String libMount, String harnessMount) throws IOException {
        List<String> parts = new ArrayList<>();
        parts.add(harnessMount);
        try (Stream<Path> s = Files.list(javaLibDir())) {
            s.map(p -> libMount + "/" + p.getFileName()).sorted().forEach(parts::add);
        }
        return String.join(":", parts);
    }

    private static void unpackNatives(Path jar, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                String file = name.substring(name.lastIndexOf('/') + 1);
                if (e.isDirectory() || !file.matches("lib[^/]+\\.so(\\.[0-9]+)*")) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** ND4J jars from the explicit classpath, else from the server's own class loader and class path. */
    static List<Path> findNd4jJars(Optional<String> explicitClasspath) throws IOException {
        Map<String, Path> byName = new LinkedHashMap<>();
        List<String> candidates = new ArrayList<>();
        if (explicitClasspath.isPresent()) {
            candidates.addAll(List.of(explicitClasspath.get().split(":")));
        } else {
            ClassLoader cl = Thread.currentThread().getContextClassLoader();
            if (cl == null) {
                cl = SandboxFiles.class.getClassLoader();
            }
            for (URL url : Collections.list(cl.getResources("META-INF/MANIFEST.MF"))) {
                String s = url.toString();
                if (s.startsWith("jar:file:") && s.contains("!/")) {
                    candidates.add(java.net.URLDecoder.decode(s.substring("jar:file:".length(), s.indexOf("!/")),
                            StandardCharsets.UTF_8));
                }
            }
            candidates.addAll(List.of(System.getProperty("java.class.path", "").split(":")));
            // Quarkus fast-jar: the libraries sit next to quarkus-run.jar.
            for (String c : List.copyOf(candidates)) {
                if (c.endsWith("quarkus-run.jar")) {
                    Path lib = Paths.get(c).toAbsolutePath().getParent().resolve("lib/main");
                    if (Files.isDirectory(lib)) {
                        try (Stream<Path> s = Files.list(lib)) {
                            s.map(Path::toString).forEach(candidates::add);
                        }
                    }
                }
            }
        }
        for (String c : candidates) {
            if (c.isBlank() || !ND4J_JAR.matcher(c).find()) {
                continue;
            }
            Path p = Paths.get(c);
            if (Files.isRegularFile(p)) {
                byName.putIfAbsent(p.getFileName().toString(), p);
            }
        }
        return List.copyOf(byName.values());
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = SandboxFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static void writeReadable(Path file, byte[] content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, content);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        makeReadable(file);
    }

    private static void mkdirs(Path dir) throws IOException {
        Files.createDirectories(dir);
    }

    /** Makes the tree world-readable (the sandbox uid is not ours) but writable by nobody else. */
    private static void makeReadable(Path path) throws IOException {
        try (Stream<Path> s = Files.walk(path)) {
            for (Path p : s.toList()) {
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                        Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Parent directories the sandbox uid cannot traverse (bwrap would fail to bind the cache dir). */
    List<Path> untraversableParents() {
        List<Path> bad = new ArrayList<>();
        for (Path p = root; p != null; p = p.getParent()) {
            try {
                if (Files.exists(p) && !Files.getPosixFilePermissions(p)
                        .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                    bad.add(p);
                }
            } catch (IOException | UnsupportedOperationException e) {
                bad.add(p);
            }
        }
        return bad;
    }
}
