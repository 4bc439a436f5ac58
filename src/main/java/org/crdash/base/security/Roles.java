package org.crdash.base.security;

/** The app's roles. Anonymous visitors can read and export everything; only editors write. */
public final class Roles {

    /** May add, edit, delete and restore sources, series, observations and events. */
    public static final String EDITOR = "EDITOR";
    /** Manages the team's accounts (and may do all an editor may). */
    public static final String ADMIN = "ADMIN";
    /** A signed-in reader; sees the same as anonymous visitors. */
    public static final String VIEWER = "VIEWER";

    private Roles() {
    }
}
