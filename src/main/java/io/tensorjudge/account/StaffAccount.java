package io.tensorjudge.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A member of staff who logs in with a password ({@link AccountService#login}). */
@Entity
@Table(name = "staff_account")
public class StaffAccount extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 64, nullable = false, unique = true)
    public String username;

    @Column(name = "display_name", length = 200, nullable = false)
    public String displayName;

    /** bcrypt hash in Modular Crypt Format. */
    @Column(name = "password_hash", length = 100, nullable = false)
    public String passwordHash;

    /** Comma-separated role names ({@link Roles}). */
    @Column(length = 100, nullable = false)
    public String roles;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** A disabled account cannot log in, and its sessions end at their next request. */
    @Column(nullable = false)
    public boolean disabled;

    /** Moves on with each password change and each disabling; a session is valid only in its own epoch. */
    @Column(name = "session_epoch", nullable = false)
    public int sessionEpoch;

    public List<String> roleList() {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
    }

    public static Optional<StaffAccount> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
