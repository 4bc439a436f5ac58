package org.crdash.seed;

import java.util.List;

/** seed-data/ is not valid; the message lists every problem with its file and line. */
public class SeedException extends RuntimeException {

    private final List<String> problems;

    SeedException(List<String> problems) {
        super("seed-data/ has " + problems.size() + " problem(s); nothing was loaded:\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
