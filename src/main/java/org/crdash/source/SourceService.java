package org.crdash.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.crdash.base.FieldError;
import org.crdash.base.Origin;
import org.crdash.base.ValidationException;
import org.crdash.base.security.CurrentUser;
import org.crdash.base.write.VersionedWrites;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading sources and their texts; adding sources (editors only). */
@Service
@Transactional(readOnly = true)
public class SourceService {

    /** Largest .txt upload accepted (bytes); the stored text is limited to {@link SourceValidator#MAX_TEXT} chars. */
    public static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

    private final SourceRepository repository;
    private final SourceValidator validator;
    private final VersionedWrites writes;
    private final RenderedTexts rendered = new RenderedTexts();

    SourceService(SourceRepository repository, SourceValidator validator, VersionedWrites writes) {
        this.repository = repository;
        this.validator = validator;
        this.writes = writes;
    }

    public List<Source> findAll() {
        return repository.findAll();
    }

    public List<SourceStats> stats() {
        return repository.stats();
    }

    public Optional<Source> findById(long id) {
        return repository.findById(id);
    }

    public Optional<Source> findByKey(String key) {
        return repository.findByKey(key);
    }

    /** A source that has not been deleted, by key: what new observations and events may quote. */
    public Optional<Source> findLiveByKey(String key) {
        return repository.findLiveByKey(key);
    }

    /** The full text of a source; offsets of passages index into this string. */
    public String text(long sourceId) {
        return repository.text(sourceId)
                .orElseThrow(() -> new IllegalArgumentException("no source with id " + sourceId));
    }

    /**
     * A source's text rendered as its author wrote it, for showing it or any passage of it without markup
     * characters (cached by the text's SHA-256).
     */
    public RenderedText rendered(Source source) {
        return rendered.get(source.sha256(), () -> text(source.id()));
    }

    /** A source (also a deleted one) with its counts and text length, without the text. */
    public Optional<SourceStats> statsOf(String key) {
        return repository.statsOf(key);
    }

    public boolean sourceExists(String key) {
        return repository.findByKey(key).isPresent();
    }

    /**
     * Finds a quoted passage verbatim in a live source (the rule for every observation and event). Problems are added
     * to {@code checks} on fields {@code sourceKey}, {@code passage} and {@code passageStart}.
     *
     * @param hint the start offset the editor selected, or {@code null}; needed only if the passage occurs twice
     * @return the located passage, or {@code null} if there were problems
     */
    public QuotedPassage quote(org.crdash.base.Checks checks, String sourceKey, String passage, Integer hint) {
        return new QuoteFinder(false, repository::findLiveByKey).quote(checks, sourceKey, passage, hint);
    }

    /** A {@link QuoteFinder} that reads each source and its text once (for checking many rows in one go). */
    public QuoteFinder cachingQuoteFinder() {
        return new QuoteFinder(true, repository::findLiveByKey);
    }

    /**
     * A caching {@link QuoteFinder} that also finds deleted sources: for the seed loader, whose rows stay what the
     * files say even where a user deleted the source they quote.
     */
    public QuoteFinder cachingQuoteFinderWithDeleted() {
        return new QuoteFinder(true, repository::findByKey);
    }

    /** {@link #quote} with an optional cache of sources and texts by key. */
    public final class QuoteFinder {

        private final java.util.Map<String, Optional<Source>> sources = new java.util.HashMap<>();
        private final java.util.Map<Long, String> texts = new java.util.HashMap<>();
        private final boolean cache;
        private final java.util.function.Function<String, Optional<Source>> find;

        private QuoteFinder(boolean cache, java.util.function.Function<String, Optional<Source>> find) {
            this.cache = cache;
            this.find = find;
        }

        public QuotedPassage quote(org.crdash.base.Checks checks, String sourceKey, String passage, Integer hint) {
            Source source = null;
            if (sourceKey == null || sourceKey.isBlank()) {
                checks.add("sourceKey", "Choose the source the passage is quoted from.");
            } else {
                String key = sourceKey.strip();
                source = (cache ? sources.computeIfAbsent(key, find) : find.apply(key)).orElse(null);
                if (source == null) {
                    checks.add("sourceKey", "There is no source '" + abbreviate(key) + "'; add it first.");
                }
            }
            String p = checks.multiline("passage", "The passage", passage, true, 10_000);
            if (source == null || p == null) {
                return null;
            }
            long id = source.id();
            String text = cache ? texts.computeIfAbsent(id, SourceService.this::text) : text(id);
            try {
                int start = Passages.locate(text, p, hint);
                return new QuotedPassage(source, p, start, start + p.length());
            } catch (Passages.PassageNotFoundException e) {
                String message = e.getMessage();
                String field = hint != null && message.contains("not at offset") ? "passageStart" : "passage";
                checks.add(field, Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".");
                return null;
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /** The same checks {@link #create} makes, without writing: for forms that show problems early. */
    public List<FieldError> validate(SourceInput input) {
        return validator.check(input).errors();
    }

    /**
     * Adds a source (origin 'user') with the SHA-256 of its stored text, and audits it.
     *
     * @throws ValidationException with every problem, each tied to its field; nothing is written
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Source create(SourceInput input) {
        String actor = CurrentUser.require();
        SourceValidator.SourceDraft draft = validator.check(input).orThrow();
        long id = writes.insert(SourceTable.TABLE, SourceTable.columns(draft.key(), draft), Origin.USER, actor);
        return repository.findById(id).orElseThrow();
    }

    /**
     * Reads an uploaded .txt file: UTF-8 (a byte-order mark is dropped), anything else is refused.
     *
     * @throws ValidationException on field {@code fullText}
     */
    public static String decodeUpload(String fileName, byte[] bytes) {
        if (fileName != null && !fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".txt")) {
            throw new ValidationException("fullText", "'" + fileName + "' is not a .txt file; upload plain text.");
        }
        if (bytes.length > MAX_UPLOAD_BYTES) {
            throw new ValidationException("fullText", "The file is larger than " + MAX_UPLOAD_BYTES / 1024 / 1024
                    + " MB.");
        }
        try {
            return SourceValidator.normalizeText(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new ValidationException("fullText", "The file is not UTF-8 text; save it as UTF-8 and upload "
                    + "it again.");
        }
    }
}
