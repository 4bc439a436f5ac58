package org.crdash.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.crdash.extraction.NumberMentions;

/**
 * Which version of the checker computed the stored findings: a digest of the bytes of the classes that decide
 * them. A build that checks differently recomputes everything once at its first run; an unchanged one only what
 * changed since.
 */
final class EngineVersion {

    private static final List<Class<?>> DECIDING = List.of(CheckEngine.class, ValueConflicts.class,
            PassageCheck.class, GrowthChecks.class, GrowthChain.class, SameQuantity.class, PartsAndTotal.class,
            TargetCheck.class, Comparison.class, Stated.class, Numbers.class, Finding.class, Claim.class,
            CheckData.class, Severity.class, Verdict.class, CheckKind.class, ClaimReader.class,
            IncrementalChecks.class, FindingStore.class, NumberMentions.class, EventDates.class,
            EventDateReader.class);

    static final String STAMP = "engine:" + digest();

    private EngineVersion() {
    }

    private static String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Class<?> c : DECIDING) {
                try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                    if (in != null) {
                        sha.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
