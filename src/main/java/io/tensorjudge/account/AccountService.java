package io.tensorjudge.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;
import io.tensorjudge.common.Conflict;
import io.tensorjudge.common.FieldProblem;
import io.tensorjudge.common.Invalid;
import io.tensorjudge.common.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Creates, lists, logs in and manages staff accounts; the only place that hashes and checks passwords. Changing a
 * password (one's own, or an admin's new one) and disabling an account move the account's session epoch on, which
 * ends every session issued before ({@link #resume}).
 */
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

    public StaffMember create(String username, String displayName, String password, Collection<String> roles) {
        List<FieldProblem> errors = new ArrayList<>();
        String name = normalize(username);
        if (!USERNAME.matcher(name).matches()) {
            errors.add(new FieldProblem("username", "2–64 characters: lower-case letters, digits, '.', '_' or '-'"));
        } else if (StaffAccount.findByUsername(name).isPresent()) {
            errors.add(new FieldProblem("username", "already taken"));
        }
        passwordProblem("password", password).ifPresent(errors::add);
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

    /**
     * A login with a password from a client address: the session when the password is right and the account
     * enabled, empty otherwise (the same for an unknown username, a wrong password and a disabled account). Refused
     * with {@link io.tensorjudge.common.Busy} (and the wait) while this account or this address is throttled
     * ({@link LoginThrottle}); that is decided before any hash is computed.
     */
    // A transaction of its own: identity providers run on a worker thread without a request context.
    public Optional<StaffSession> login(String username, String password, String clientAddress) {
        String name = normalize(username);
        throttle.check(name, clientAddress);
        Optional<StaffAccount> account = StaffAccount.findByUsername(name);
        boolean matches = checkPassword(password == null ? "" : password,
                account.map(a -> a.passwordHash).orElseGet(this::unknownUserHash));
        if (account.isEmpty() || !matches || account.get().disabled) {
            throttle.failed(name, clientAddress);
            return Optional.empty();
        }
        throttle.succeeded(name);
        return account.map(StaffSession::of);
    }

    /**
     * The session a cookie names, checked on every request that needs to know who calls: empty when the account is
     * gone or disabled, or its epoch has moved on since the cookie was issued (password changed or set by an admin).
     */
    public Optional<StaffSession> resume(String principal) {
        if (principal == null) {
            return Optional.empty();
        }
        int epoch = SessionPrincipal.epoch(principal);
        return StaffAccount.findByUsername(SessionPrincipal.username(principal))
                .filter(a -> !a.disabled && a.sessionEpoch == epoch).map(StaffSession::of);
    }

    /**
     * One's own new password; the current one is required and a wrong one counts as a failed login (throttled like
     * one). Ends every session of the account, this one included: the caller logs in again.
     */
    public void changeOwnPassword(String username, String currentPassword, String newPassword, String clientAddress) {
        String name = normalize(username);
        StaffAccount account = StaffAccount.findByUsername(name).orElseThrow(() -> NotFound.of("staff account", name));
        passwordProblem("newPassword", newPassword).ifPresent(p -> {
            throw new Invalid(List.of(p));
        });
        throttle.check(name, clientAddress);
        if (!checkPassword(currentPassword == null ? "" : currentPassword, account.passwordHash)) {
            throttle.failed(name, clientAddress);
            throw new Invalid(List.of(new FieldProblem("currentPassword", "not the current password")));
        }
        newPassword(account, newPassword);
    }

    /** An admin sets a new password (for someone who forgot theirs): the account's sessions end. */
    public StaffMember setPassword(String username, String password) {
        StaffAccount account = require(username);
        passwordProblem("password", password).ifPresent(p -> {
            throw new Invalid(List.of(p));
        });
        newPassword(account, password);
        throttle.succeeded(account.username); // a fresh password starts from no failures
        return StaffMember.of(account);
    }

    /**
     * An admin disables or re-enables an account. Disabling ends its sessions at their next request, and they stay
     * ended when it is enabled again (the epoch moved on). Nobody disables their own account, so an admin always
     * remains.
     */
    public StaffMember setDisabled(String username, boolean disabled, String actingUsername) {
        StaffAccount account = require(username);
        if (disabled && account.username.equals(normalize(actingUsername))) {
            throw new Conflict("You cannot disable your own account.");
        }
        if (disabled && !account.disabled) {
            account.sessionEpoch++;
        }
        account.disabled = disabled;
        return StaffMember.of(account);
    }

    private void newPassword(StaffAccount account, String password) {
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.sessionEpoch++;
    }

    private static StaffAccount require(String username) {
        String name = normalize(username);
        return StaffAccount.findByUsername(name).orElseThrow(() -> NotFound.of("staff account", name));
    }

    private static Optional<FieldProblem> passwordProblem(String field, String password) {
        return password == null || password.length() < MIN_PASSWORD_LENGTH
                ? Optional.of(new FieldProblem(field, "at least " + MIN_PASSWORD_LENGTH + " characters"))
                : Optional.empty();
    }

    private static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase();
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffMember> list() {
        return StaffAccount.<StaffAccount>listAll(Sort.by("username")).stream().map(StaffMember::of).toList();
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
