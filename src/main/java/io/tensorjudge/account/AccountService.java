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
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.security.SecureRandom;
import java.util.Base64;

/** Creates, lists and logs in staff accounts; the only place that hashes and checks passwords. */
@ApplicationScoped
@Transactional
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final LoginThrottle throttle;
    /** Checked against when the username is unknown, so that a miss costs the same hash as a wrong password. */
    private volatile String unknownUserHash;
    private final AtomicLong passwordChecks = new AtomicLong();

    AccountService(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /**
     * A login with a password from a client address: the account when the password is right, empty when the
     * username or password is wrong. Refused with {@link io.tensorjudge.common.Busy} (and the wait) while this
     * account or this address is throttled ({@link LoginThrottle}); that is decided before any hash is computed.
     */
    // A transaction of its own: identity providers run on a worker thread without a request context.
    public Optional<StaffMember> login(String username, String password, String clientAddress) {
        String name = username == null ? "" : username.trim().toLowerCase();
        throttle.check(name, clientAddress);
        Optional<StaffAccount> account = StaffAccount.findByUsername(name);
        boolean matches = checkPassword(password == null ? "" : password,
                account.map(a -> a.passwordHash).orElseGet(this::unknownUserHash));
        if (account.isEmpty() || !matches) {
            throttle.failed(name, clientAddress);
            return Optional.empty();
        }
        throttle.succeeded(name);
        return account.map(StaffMember::of);
    }

    /** The account a session cookie names, read on every request that needs to know who calls. */
    public Optional<StaffMember> resume(String principal) {
        return principal == null ? Optional.empty() : StaffAccount.findByUsername(principal).map(StaffMember::of);
    }

    private boolean checkPassword(String password, String hash) {
        passwordChecks.incrementAndGet();
        return BcryptUtil.matches(password, hash);
    }

    /** How many password hashes were checked since start (tests: a throttled login costs none). */
    long passwordChecks() {
        return passwordChecks.get();
    }

    private String unknownUserHash() {
        if (unknownUserHash == null) {
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            unknownUserHash = BcryptUtil.bcryptHash(Base64.getEncoder().encodeToString(random));
        }
        return unknownUserHash;
    }

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
