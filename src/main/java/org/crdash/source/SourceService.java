package org.crdash.source;

import java.util.List;
import java.util.Optional;
import org.crdash.base.FieldError;
import org.crdash.base.Origin;
import org.crdash.base.ValidationException;
import org.crdash.base.security.CurrentUser;
import org.crdash.document.Document;
import org.crdash.document.DocumentFormat;
import org.crdash.base.write.VersionedWrites;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading sources and their texts; adding sources (editors only). */
@Service
@Transactional(readOnly = true)
public class SourceService {

    private final SourceRepository repository;
    private final SourceValidator validator;
    private final VersionedWrites writes;
    private final SourceFiles files;
    /** The features that quote sources; looked up when asked, as they depend on this service. */
    private final ObjectProvider<Quotations> quoting;
    private final RenderedTexts rendered = new RenderedTexts();

    SourceService(SourceRepository repository, SourceValidator validator, VersionedWrites writes,
                  SourceFiles files, ObjectProvider<Quotations> quoting) {
        this.repository = repository;
        this.quoting = quoting;
        this.validator = validator;
        this.writes = writes;
        this.files = files;
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
        return rendered.get(source.sha256(), () -> {
            String text = text(source.id());
            // text read from a web page, PDF or Word file has no markup: every character shows as it is
            boolean markdown = files.format(source.id()).flatMap(f -> java.util.Arrays.stream(DocumentFormat.values())
                    .filter(d -> d.code().equals(f)).findFirst()).map(DocumentFormat::markdown).orElse(true);
            return markdown ? RenderedText.markdown(text) : RenderedText.plain(text);
        });
    }

    /** Every live row quoting this source, of every feature that quotes, by passage start. */
    public List<Quotations.Quotation> quotations(long sourceId) {
        return quoting.orderedStream().flatMap(q -> q.ofSource(sourceId).stream())
                .sorted(java.util.Comparator.comparingInt(Quotations.Quotation::start)).toList();
    }

    /** The original file the source's text was read from, if it was read from one. */
    public Optional<SourceFile> file(long sourceId) {
        return files.find(sourceId);
    }

    /** The original file's bytes, exactly as uploaded. */
    public Optional<byte[]> fileContent(long sourceId) {
        return files.content(sourceId);
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
                return new QuotedPassage(source, p, start, start + TextOffsets.length(p));
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
     * Adds a source read from a file, keeping the file: the text must be the document's extracted text (its
     * metadata fields are the editor's, prefilled from the document), and the file is stored with its SHA-256 in
     * the same transaction, so either both are stored or neither.
     *
     * @throws ValidationException as {@link #create(SourceInput)}, or on {@code fullText} if the text is not the
     *                             document's
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Source create(SourceInput input, Document original) {
        if (!original.text().equals(SourceValidator.normalizeText(input.fullText()))) {
            throw new ValidationException("fullText", "The text is not the one read from '" + original.fileName()
                    + "'; a source made from a file keeps the file's text as it was read.");
        }
        Source s = create(input);
        files.insert(s.id(), original, CurrentUser.require());
        return s;
    }
}
