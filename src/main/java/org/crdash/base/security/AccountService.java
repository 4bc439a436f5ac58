package org.crdash.base.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.crdash.base.AuditLog;
import org.crdash.base.FieldError;
import org.crdash.base.Origin;
import org.crdash.base.ValidationException;
import org.crdash.base.write.AuditedTable;
import org.crdash.base.write.Columns;
import org.crdash.base.write.VersionedWrites;
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
public class AccountService implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    static final AuditedTable TABLE = new AuditedTable(AuditLog.Entity.account, "Account",
            new FieldError("userName", "An account with this name exists already."));
    private static final Pattern USER_NAME = Pattern.compile("^[A-Za-z0-9._@-]{1,100}$");
    private static final List<String> COLUMNS = List.of("user_name", "role", "enabled", "password_hash");

    /** viewer reads (as anyone may), editor also writes, admin also manages the accounts. */
    public enum Role {
        viewer(Roles.VIEWER), editor(Roles.EDITOR, Roles.VIEWER), admin(Roles.ADMIN, Roles.EDITOR, Roles.VIEWER);

        private final String[] roles;

        Role(String... roles) {
            this.roles = roles;
        }
    }

    public record Account(long id, String userName, Role role, boolean enabled, int version, Instant updatedAt,
                          String updatedBy) {
    }

    private final JdbcClient jdbc;
    private final VersionedWrites writes;
    private final PasswordEncoder encoder;

    AccountService(JdbcClient jdbc, VersionedWrites writes, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.encoder = encoder;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        record Row(String userName, String role, boolean enabled, String hash) {
        }
        Row row = jdbc.sql("SELECT user_name, role, enabled, password_hash FROM account WHERE lower(user_name) = "
                        + "lower(?) AND deleted_at IS NULL")
                .param(name).query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        rs.getString(4))).optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(row.userName()).password(row.hash()).disabled(!row.enabled())
                .roles(Role.valueOf(row.role()).roles).build();
    }

    public List<Account> list() {
        return jdbc.sql("SELECT id, user_name, role, enabled, version, updated_at, updated_by FROM account "
                        + "WHERE deleted_at IS NULL ORDER BY lower(user_name)")
                .query((rs, n) -> new Account(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getBoolean(4), rs.getInt(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
                .list();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long add(String userName, Role role, String password) {
        List<FieldError> errors = new ArrayList<>();
        String name = userName == null ? "" : userName.strip();
        if (!USER_NAME.matcher(name).matches()) {
            errors.add(new FieldError("userName", "1–100 letters, digits or . _ @ -"));
        }
        if (role == null) {
            errors.add(new FieldError("role", "Choose a role."));
        }
        checkPassword(password, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return writes.insert(TABLE, Columns.of(COLUMNS, name, role.name(), true, encoder.encode(password)),
                Origin.USER, CurrentUser.require());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setEnabled(long id, int expectedVersion, boolean enabled) {
        if (!enabled) {
            refuseLockingOutTheAdmins(id, "disable");
        }
        writes.update(TABLE, id, expectedVersion, () -> Columns.of(List.of("enabled"), enabled), CurrentUser.require());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setRole(long id, int expectedVersion, Role role) {
        if (role != Role.admin) {
            refuseLockingOutTheAdmins(id, "take the admin role from");
        }
        writes.update(TABLE, id, expectedVersion, () -> Columns.of(List.of("role"), role.name()), CurrentUser.require());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long id, int expectedVersion, String password) {
        List<FieldError> errors = new ArrayList<>();
        checkPassword(password, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        writes.update(TABLE, id, expectedVersion, () -> Columns.of(List.of("password_hash"), encoder.encode(password)),
                CurrentUser.require());
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

    private void refuseLockingOutTheAdmins(long id, String what) {
        long otherAdmins = jdbc.sql("SELECT count(*) FROM account WHERE role = 'admin' AND enabled AND id <> ? "
                + "AND deleted_at IS NULL").param(id).query(Long.class).single();
        String name = jdbc.sql("SELECT user_name FROM account WHERE id = ?").param(id).query(String.class).single();
        boolean isAdmin = jdbc.sql("SELECT role = 'admin' AND enabled FROM account WHERE id = ?").param(id)
                .query(Boolean.class).single();
        if (name.toLowerCase(Locale.ROOT).equals(CurrentUser.require().toLowerCase(Locale.ROOT))) {
            throw new ValidationException("userName", "You cannot " + what + " your own account.");
        }
        if (isAdmin && otherAdmins == 0) {
            throw new ValidationException("role", "'" + name + "' is the last admin; make another admin first.");
        }
    }

    private static void checkPassword(String password, List<FieldError> errors) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            errors.add(new FieldError("password", "At least " + MIN_PASSWORD_LENGTH + " characters."));
        } else if (password.length() > 200) {
            errors.add(new FieldError("password", "At most 200 characters."));
        }
    }
}
