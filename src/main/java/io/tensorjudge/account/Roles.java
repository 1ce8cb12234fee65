package io.tensorjudge.account;

import java.util.List;

/** The staff roles, as used in {@code @RolesAllowed}. An ADMIN also acts as interviewer and instructor. */
public final class Roles {

    public static final String INTERVIEWER = "INTERVIEWER";
    public static final String INSTRUCTOR = "INSTRUCTOR";
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(INTERVIEWER, INSTRUCTOR, ADMIN);

    private Roles() {
    }
}
