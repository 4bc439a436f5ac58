package org.crdash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** A clean copy of a checkout: what {@code git clone} would give, plus uncommitted edits, minus ignored files. */
final class CheckoutCopy {

    private CheckoutCopy() {
    }

    /** Copies the files git tracks or would track (not ignored) from {@code checkout} into {@code target}. */
    static void copyTrackedFiles(Path checkout, Path target) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
                .directory(checkout.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String listing = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (git.waitFor() != 0) {
            throw new IllegalStateException("'git ls-files' failed in " + checkout + ": the smoke test copies a git checkout");
        }
        for (String file : listing.split("\0")) {
            Path from = checkout.resolve(file);
            if (file.isEmpty() || !Files.isRegularFile(from)) {
                continue; // deleted in the working tree, or a submodule
            }
            Path to = target.resolve(file);
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
