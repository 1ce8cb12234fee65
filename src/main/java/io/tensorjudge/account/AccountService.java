package io.tensorjudge.account;

import java.util.Map;
import java.util.stream.Collectors;
import io.tensorjudge.common.FieldProblem;
import io.tensorjudge.common.Invalid;
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

    public StaffMember create(String username, String displayName, String password, Collection<String> roles) {
        List<FieldProblem> errors = new ArrayList<>();
        String name = username == null ? "" : username.trim().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            errors.add(new FieldProblem("username", "2–64 characters: lower-case letters, digits, '.', '_' or '-'"));
        } else if (StaffAccount.findByUsername(name).isPresent()) {
            errors.add(new FieldProblem("username", "already taken"));
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            errors.add(new FieldProblem("password", "at least " + MIN_PASSWORD_LENGTH + " characters"));
        }
        Set<String> roleSet = new LinkedHashSet<>(roles == null ? List.of() : roles);
        if (roleSet.isEmpty() || !Roles.ALL.containsAll(roleSet)) {
            errors.add(new FieldProblem("roles", "one or more of " + String.join(", ", Roles.ALL)));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        StaffAccount account = new StaffAccount();
        account.username = name;
        account.displayName = displayName == null || displayName.isBlank() ? name : displayName.trim();
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.roles = String.join(",", roleSet);
        account.createdAt = Instant.now();
        account.persist();
        return StaffMember.of(account);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffMember> list() {
        return StaffAccount.<StaffAccount>listAll(io.quarkus.panache.common.Sort.by("username")).stream()
                .map(StaffMember::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffMember> find(String username) {
        return username == null ? Optional.empty() : StaffAccount.findByUsername(username).map(StaffMember::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffMember> find(long id) {
        return StaffAccount.<StaffAccount>findByIdOptional(id).map(StaffMember::of);
    }

    /** Usernames by account id, in one query (for lists of owners and shares). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> usernames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return StaffAccount.<StaffAccount>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(a -> a.id, a -> a.username));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return StaffAccount.count();
    }
}
