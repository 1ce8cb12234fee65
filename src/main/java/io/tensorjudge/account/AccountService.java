package io.tensorjudge.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Creates and lists staff accounts; the only place that hashes passwords. */
@ApplicationScoped
@Transactional
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    /** Why a new account was refused, one entry per field. */
    public record FieldError(String field, String message) {
    }

    public static class InvalidAccountException extends RuntimeException {
        public final List<FieldError> errors;

        InvalidAccountException(List<FieldError> errors) {
            super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""));
            this.errors = errors;
        }
    }

    public StaffAccount create(String username, String displayName, String password, Collection<String> roles) {
        List<FieldError> errors = new ArrayList<>();
        String name = username == null ? "" : username.trim().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            errors.add(new FieldError("username", "2–64 characters: lower-case letters, digits, '.', '_' or '-'"));
        } else if (StaffAccount.findByUsername(name).isPresent()) {
            errors.add(new FieldError("username", "already taken"));
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            errors.add(new FieldError("password", "at least " + MIN_PASSWORD_LENGTH + " characters"));
        }
        Set<String> roleSet = new LinkedHashSet<>(roles == null ? List.of() : roles);
        if (roleSet.isEmpty() || !Roles.ALL.containsAll(roleSet)) {
            errors.add(new FieldError("roles", "one or more of " + String.join(", ", Roles.ALL)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidAccountException(errors);
        }
        StaffAccount account = new StaffAccount();
        account.username = name;
        account.displayName = displayName == null || displayName.isBlank() ? name : displayName.trim();
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.roles = String.join(",", roleSet);
        account.createdAt = Instant.now();
        account.persist();
        return account;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffAccount> list() {
        return StaffAccount.listAll(io.quarkus.panache.common.Sort.by("username"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffAccount> find(String username) {
        return username == null ? Optional.empty() : StaffAccount.findByUsername(username);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return StaffAccount.count();
    }
}
