package io.tensorjudge.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
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

/** A member of staff who logs in with a password; quarkus-security-jpa reads it to authenticate. */
@Entity
@Table(name = "staff_account")
@UserDefinition
public class StaffAccount extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    @Column(length = 64, nullable = false, unique = true)
    public String username;

    @Column(name = "display_name", length = 200, nullable = false)
    public String displayName;

    /** bcrypt hash in Modular Crypt Format. */
    @Password(PasswordType.MCF)
    @Column(name = "password_hash", length = 100, nullable = false)
    public String passwordHash;

    /** Comma-separated role names ({@link Roles}). */
    @io.quarkus.security.jpa.Roles
    @Column(length = 100, nullable = false)
    public String roles;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public List<String> roleList() {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
    }

    public static Optional<StaffAccount> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
