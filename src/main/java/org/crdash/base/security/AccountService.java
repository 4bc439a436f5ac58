package org.crdash.base.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.crdash.base.AuditEntry;
import org.crdash.base.AuditLog;
import org.crdash.base.FieldError;
import org.crdash.base.NotFoundException;
import org.crdash.base.Origin;
import org.crdash.base.ValidationException;
import org.crdash.base.write.AuditedTable;
import org.crdash.base.write.Columns;
import org.crdash.base.write.VersionedRow;
import org.crdash.base.write.VersionedService;
import org.crdash.base.write.VersionedWrites;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's accounts, in the {@code account} table: who may sign in (form and HTTP Basic read them at every
 * sign-in) and with which role. Admins add accounts, disable and re-enable them, change roles and reset passwords;
 * every change goes through the one write path and is in the audit log (never the password hash).
 */
@Service
public class AccountService
        implements UserDetailsService, VersionedService<AccountService.AccountInput, AccountService.Account> {

    public static final int MIN_PASSWORD_LENGTH = 12;
    static final AuditedTable TABLE = new AuditedTable(AuditLog.Entity.account, "Account",
            new FieldError("userName", "An account with this name exists already."));
    private static final Pattern USER_NAME = Pattern.compile("^[A-Za-z0-9._@-]{1,100}$");
    static final String NO_PASSWORD = "{none}";
    private static final List<String> COLUMNS = List.of("user_name", "role", "enabled", "password_hash");

    /** viewer reads (as anyone may), editor also writes, admin also manages the accounts. */
    public enum Role {
        viewer(Roles.VIEWER), editor(Roles.EDITOR, Roles.VIEWER), admin(Roles.ADMIN, Roles.EDITOR, Roles.VIEWER);

        private final String[] roles;

        Role(String... roles) {
            this.roles = roles;
        }
    }

    /**
     * An account as the accounts page lists it (never its password hash).
     *
     * @param system a writer that is no person ({@code seed}, {@code system}, or a past author's name that cannot
     *               be an account name): never enabled, no password, invisible to sign-in, never changed
     */
    public record Account(long id, String userName, Role role, boolean enabled, boolean system, int version,
                          Instant updatedAt, String updatedBy, @Nullable Instant deletedAt) implements VersionedRow {
    }

    /**
     * What an admin enters for an account.
     *
     * @param userName fixed once the account exists (it is the author's name on what the account wrote)
     * @param password required for a new account; for a stored one a new password, or blank to keep it
     */
    public record AccountInput(String userName, @Nullable Role role, boolean enabled, String password) {
    }

    private static final String SELECT = "SELECT id, user_name, role, enabled, origin = 'system', version, "
            + "updated_at, updated_by, deleted_at FROM account ";

    private final JdbcClient jdbc;
    private final VersionedWrites writes;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final SignedInSessions sessions;

    AccountService(JdbcClient jdbc, VersionedWrites writes, PasswordEncoder encoder, AuditLog audit,
                   SignedInSessions sessions) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.encoder = encoder;
        this.audit = audit;
        this.sessions = sessions;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        record Row(String userName, String role, boolean enabled, String hash) {
        }
        Row row = jdbc.sql("SELECT user_name, role, enabled, password_hash FROM account WHERE lower(user_name) = "
                        + "lower(?) AND deleted_at IS NULL AND origin <> 'system'")
                .param(name).query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        rs.getString(4))).optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(row.userName()).password(row.hash()).disabled(!row.enabled())
                .roles(Role.valueOf(row.role()).roles).build();
    }

    public List<Account> list() {
        return jdbc.sql(SELECT + "WHERE deleted_at IS NULL ORDER BY lower(user_name)").query(AccountService::map)
                .list();
    }

    @Override
    public Optional<Account> findById(long id) {
        return jdbc.sql(SELECT + "WHERE id = ?").param(id).query(AccountService::map).optional();
    }

    /** Who changed an account and how, oldest first (never its password hash). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> history(long id) {
        return audit.history(AuditLog.Entity.account, id);
    }

    private static Account map(ResultSet rs, int n) throws SQLException {
        return new Account(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getBoolean(4),
                rs.getBoolean(5), rs.getInt(6), rs.getTimestamp(7).toInstant(), rs.getString(8),
                VersionedRow.deletedAt(rs));
    }

    /**
     * The checks {@link #add} and {@link #update} make: the name (new accounts), the role, the password (at least
     * {@value #MIN_PASSWORD_LENGTH} characters), and that no admin disables or demotes themselves or the last admin.
     */
    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public List<FieldError> validate(AccountInput input, @Nullable Long id) {
        List<FieldError> errors = new ArrayList<>();
        String name = input.userName() == null ? "" : input.userName().strip();
        Account now = id == null ? null : findById(id).orElseThrow(() -> new NotFoundException(TABLE.what(id)
                + " does not exist."));
        if (now != null && now.system()) {
            errors.add(new FieldError("enabled", "'" + now.userName() + "' is a system account: it is the author of "
                    + "what the app itself wrote and never signs in. Add an account for a person."));
            return errors;
        }
        if (now == null && !USER_NAME.matcher(name).matches()) {
            errors.add(new FieldError("userName", "1–100 letters, digits or . _ @ -"));
        } else if (now == null && jdbc.sql("SELECT count(*) FROM account WHERE lower(user_name) = lower(?)")
                .param(name).query(Long.class).single() > 0) {
            errors.add(TABLE.duplicate());
        } else if (now != null && !name.isEmpty() && !name.equals(now.userName())) {
            errors.add(new FieldError("userName", "A user name never changes (it is the author of what the account "
                    + "wrote); it stays '" + now.userName() + "'. Add an account for a new name."));
        }
        if (input.role() == null) {
            errors.add(new FieldError("role", "Choose a role."));
        }
        if (now == null || input.password() != null && !input.password().isEmpty()) {
            checkPassword(input.password(), errors);
        } else if (!now.enabled() && input.enabled() && hasNoPassword(now.id())) {
            errors.add(new FieldError("password", "It has no password yet (an author from before accounts): "
                    + "set one to enable it."));
        }
        if (now != null && now.enabled() && !input.enabled()) {
            refuseLockingOutTheAdmins(now, "disable", "enabled", errors);
        }
        if (now != null && now.role() == Role.admin && input.role() != null && input.role() != Role.admin) {
            refuseLockingOutTheAdmins(now, "take the admin role from", "role", errors);
        }
        return errors;
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Account add(AccountInput input) {
        throwIfAny(validate(input, null));
        long id = writes.insert(TABLE, Columns.of(COLUMNS, input.userName().strip(), input.role().name(),
                input.enabled(), encoder.encode(input.password())), Origin.USER, CurrentUser.require());
        return findById(id).orElseThrow();
    }

    /**
     * Changes an account's role, status and (unless blank) password, in one audited change. Any such change ends
     * the account's signed-in sessions: a disabled or demoted account keeps no rights it had, a new password
     * signs out whoever knew the old one.
     */
    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Account update(long id, int expectedVersion, AccountInput input) {
        boolean changed = writes.update(TABLE, id, expectedVersion, () -> {
            throwIfAny(validate(input, id));
            Columns c = Columns.of(List.of("role", "enabled"), input.role().name(), input.enabled());
            return input.password().isEmpty() ? c : c.put("password_hash", encoder.encode(input.password()));
        }, CurrentUser.require());
        Account now = findById(id).orElseThrow();
        if (changed) {
            sessions.endAfterCommit(now.userName());
        }
        return now;
    }

    /** Accounts are disabled, never deleted: what they wrote keeps its author. */
    @Override
    public Account delete(long id, int expectedVersion) {
        throw new UnsupportedOperationException("Accounts are disabled, not deleted.");
    }

    @Override
    public Account restore(long id, int expectedVersion) {
        throw new UnsupportedOperationException("Accounts are disabled, not deleted.");
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The first start's accounts (from APP_ADMIN_* / APP_VIEWER_*), only while there is no admin yet. */
    @Transactional
    void bootstrap(Supplier<List<UserDetails>> fromEnvironment) {
        if (jdbc.sql("SELECT count(*) FROM account WHERE role = 'admin'").query(Long.class).single() > 0) {
            return;
        }
        for (UserDetails u : fromEnvironment.get()) {
            boolean exists = jdbc.sql("SELECT count(*) FROM account WHERE lower(user_name) = lower(?)")
                    .param(u.getUsername()).query(Long.class).single() > 0;
            if (exists) {
                continue;
            }
            boolean admin = u.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.ADMIN));
            String hash = u.getPassword().startsWith("{") ? u.getPassword() : "{bcrypt}" + u.getPassword();
            writes.insert(TABLE, Columns.of(COLUMNS, u.getUsername(), admin ? "admin" : "viewer", true, hash),
                    Origin.SEEDED, "system");
        }
    }

    private void refuseLockingOutTheAdmins(Account a, String what, String field, List<FieldError> errors) {
        long otherAdmins = jdbc.sql("SELECT count(*) FROM account WHERE role = 'admin' AND enabled AND id <> ? "
                + "AND deleted_at IS NULL").param(a.id()).query(Long.class).single();
        if (a.userName().toLowerCase(Locale.ROOT).equals(CurrentUser.require().toLowerCase(Locale.ROOT))) {
            errors.add(new FieldError(field, "You cannot " + what + " your own account."));
        } else if (a.role() == Role.admin && a.enabled() && otherAdmins == 0) {
            errors.add(new FieldError(field, "'" + a.userName() + "' is the last admin; make another admin first."));
        }
    }

    /** An account the migration made for a past author ({@code V181}) has {@value #NO_PASSWORD}: none matches. */
    private boolean hasNoPassword(long id) {
        return jdbc.sql("SELECT password_hash = ? FROM account WHERE id = ?").params(NO_PASSWORD, id)
                .query(Boolean.class).single();
    }

    private static void checkPassword(String password, List<FieldError> errors) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            errors.add(new FieldError("password", "At least " + MIN_PASSWORD_LENGTH + " characters."));
        } else if (password.length() > 200) {
            errors.add(new FieldError("password", "At most 200 characters."));
        }
    }
}
