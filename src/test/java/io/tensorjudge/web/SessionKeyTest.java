package io.tensorjudge.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.config.SessionKeySource;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The running app seals session cookies with the key of {@code <data-dir>/session.key}, so any later start that reads
 * the same file (SessionKeySourceTest: same file, same key) opens the cookies of this one; SessionRestartIT restarts
 * the packaged server to show it end to end.
 */
@QuarkusTest
class SessionKeyTest {

    @Test
    void shouldSealTheSessionCookieWithTheKeyFromTheDataDirectory() throws Exception {
        Path dataDir = Path.of(ConfigProvider.getConfig().getValue("tensorjudge.data-dir", String.class));
        String cookie = StaffSessions.admin();
        String key = Files.readString(dataDir.resolve(SessionKeySource.FILE_NAME)).trim();
        assertThat(ConfigProvider.getConfig().getValue(SessionKeySource.KEY, String.class)).isEqualTo(key);

        // Quarkus' PersistentLoginManager: AES-GCM under SHA-256(key); [iv length][iv][ciphertext] in base64.
        ByteBuffer sealed = ByteBuffer.wrap(Base64.getDecoder().decode(cookie));
        byte[] iv = new byte[sealed.get()];
        sealed.get(iv);
        byte[] body = new byte[sealed.remaining()];
        sealed.get(body);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(StandardCharsets.UTF_8)), "AES"), new GCMParameterSpec(128, iv));
        String plain = new String(cipher.doFinal(body), StandardCharsets.UTF_8);
        assertThat(plain).matches("[0-9]+:" + StaffSessions.ADMIN);
    }
}
