package io.tensorjudge.authoring;

import io.tensorjudge.common.Invalid;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Zip files laid out like the repository: exercises/&lt;id&gt;/&lt;file&gt; and questions/&lt;source&gt;.yaml, so
 * that an export unpacked at the repository root puts the bank changes where git keeps them.
 */
final class BankArchive {

    /** Uncompressed size a single import may reach: the whole bank is a few MB. */
    static final long MAX_UNPACKED = 64L * 1024 * 1024;

    private BankArchive() {
    }

    /** Writes the entries (path to text) into a zip, in path order. */
    static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads every file of a zip as text; refuses path tricks and archives that unpack beyond {@link #MAX_UNPACKED}. */
    static Map<String, String> unzip(byte[] archive) {
        Map<String, String> entries = new TreeMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().replace('\\', '/');
                if (name.startsWith("/") || name.contains("..")) {
                    throw Invalid.field("archive", "unsafe path in the zip: " + name);
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_UNPACKED) {
                        throw Invalid.field("archive", "the zip unpacks to more than "
                                + MAX_UNPACKED / (1024 * 1024) + " MB");
                    }
                    content.write(buffer, 0, n);
                }
                entries.put(name, content.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw Invalid.field("archive", "not a readable zip file: " + e.getMessage());
        }
        if (entries.isEmpty()) {
            throw Invalid.field("archive", "the zip holds no files");
        }
        return entries;
    }
}
