package org.crdash.source;

import java.util.List;
import java.util.Optional;
import org.crdash.base.AuditEntry;
import org.crdash.base.AuditLog;
import org.crdash.base.Checked;
import org.crdash.base.ConflictException;
import org.crdash.base.FieldError;
import org.crdash.base.NotFoundException;
import org.crdash.base.Origin;
import org.crdash.base.ValidationException;
import org.crdash.base.security.CurrentUser;
import org.crdash.base.write.Columns;
import org.crdash.base.write.DependedOnService;
import org.crdash.base.write.VersionedWrites;
import org.crdash.document.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading sources and their texts; adding, editing, deleting and restoring sources (editors only). */
@Service
@Transactional(readOnly = true)
public class SourceService extends DependedOnService<SourceInput, Source> {

    private final SourceRepository repository;
    private final SourceValidator validator;
    private final VersionedWrites writes;
    private final AuditLog audit;
    private final List<Quotations> quoting;
    private final SourceFiles files;
    private final RenderedTexts rendered = new RenderedTexts();

    SourceService(SourceRepository repository, SourceValidator validator, VersionedWrites writes, AuditLog audit,
                  @Lazy List<Quotations> quoting, SourceFiles files) {
        super(writes, SourceTable.TABLE);
        this.repository = repository;
        this.validator = validator;
        this.writes = writes;
        this.audit = audit;
        this.quoting = quoting;
        this.files = files;
    }

    public List<Source> findAll() {
        return repository.findAll();
    }

    public List<SourceStats> stats() {
        return repository.stats();
    }

    @Override
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
        return rendered.get(source.sha256(), () -> files.render(source.id(), text(source.id())));
    }

    /** Every live row quoting this source, of every feature that quotes, by passage start. */
    public List<Quotations.Quotation> quotations(long sourceId) {
        return quoting.stream().flatMap(q -> q.ofSource(sourceId).stream())
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
        return new QuoteFinder(false, repository::findLiveByKey, this::text).quote(checks, sourceKey, passage, hint);
    }

    /** A {@link QuoteFinder} that reads each source and its text once (for checking many rows in one go). */
    public QuoteFinder cachingQuoteFinder() {
        return new QuoteFinder(true, repository::findLiveByKey, this::text);
    }

    /**
     * A caching {@link QuoteFinder} that also finds deleted sources: for the seed loader, whose rows stay what the
     * files say even where a user deleted the source they quote.
     */
    public QuoteFinder cachingQuoteFinderWithDeleted() {
        return new QuoteFinder(true, repository::findByKey, this::text);
    }

    @Override
    public List<FieldError> validate(SourceInput input, @Nullable Long id) {
        return id == null ? validator.check(input).errors() : checkChange(id, input).errors();
    }

    /**
     * Adds a source (origin 'user') with the SHA-256 of its stored text, and audits it.
     *
     * @throws ValidationException with every problem, each tied to its field; nothing is written
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    @Override
    public Source add(SourceInput input) {
        String actor = CurrentUser.require();
        SourceValidator.SourceDraft draft = validator.check(input).orThrow();
        long id = writes.insert(SourceTable.TABLE, SourceTable.columns(draft.key(), draft), Origin.USER, actor);
        return repository.findById(id).orElseThrow();
    }

    /** Soft-deleted sources, most recently deleted first. */
    public List<Source> deleted() {
        return repository.deleted();
    }

    /** Who changed a source and how, oldest first. */
    public List<AuditEntry> history(long id) {
        return audit.history(AuditLog.Entity.source, id);
    }

    /** Whether any observation or event (also a deleted one) quotes the source: then its text never changes. */
    public boolean textLocked(long id) {
        return repository.quotingRows(id) > 0;
    }

    /**
     * A source's metadata (title, author, publisher, date, URL). Its text changes only while nothing quotes it (the
     * database refuses it too); its key never.
     */
    @Override
    protected Columns changed(long id, SourceInput input) {
        Source now = repository.findById(id).orElseThrow();
        SourceValidator.SourceDraft d = checkChange(id, input).orThrow();
        return d.sha256().equals(now.sha256()) ? SourceTable.metadata(d)
                : SourceTable.metadata(d).put("full_text", d.fullText()).put("sha256", d.sha256());
    }

    private Checked<SourceValidator.SourceDraft> checkChange(long id, SourceInput input) {
        Source now = repository.findById(id).orElseThrow(() -> new NotFoundException(SourceTable.TABLE.what(id)
                + " does not exist."));
        Checked<SourceValidator.SourceDraft> checked = validator.check(input, id);
        long quoting = repository.quotingRows(id);
        if (checked.ok() && !checked.value().sha256().equals(now.sha256()) && quoting > 0) {
            return Checked.failed(List.of(new FieldError("fullText", "The text cannot change: " + quoting
                    + " observation(s) and event(s) quote it by character offsets. Add the new text as a new "
                    + "source instead.")));
        }
        Optional<SourceFile> file = files.find(id);
        if (checked.ok() && !checked.value().sha256().equals(now.sha256()) && file.isPresent()) {
            return Checked.failed(List.of(new FieldError("fullText", "The text cannot change: it is the text read "
                    + "from '" + file.get().fileName() + "', which is kept with the source. Add the new text as a "
                    + "new source instead.")));
        }
        return checked;
    }

    @Override
    protected List<Quotations> dependents() {
        return quoting;
    }

    @Override
    protected String refusal(Source s, List<String> counts, long total) {
        return "Source " + s.sourceKey() + " is quoted by " + String.join(" and ", counts) + "; nothing was deleted. "
                + "Delete those first, or delete the source together with them.";
    }

    /** A restored source may not have the text of a live one. */
    @Override
    protected void checkRestore(long id) {
        Source s = repository.findById(id).orElseThrow();
        repository.findLiveBySha(s.sha256()).ifPresent(twin -> {
            throw new ConflictException(SourceTable.TABLE.what(id) + " cannot be restored: the same text was "
                    + "added since as " + twin.sourceKey() + ". Quote that one instead.");
        });
    }

    /**
     * Adds a source read from a file, keeping the file: the text must be the document's extracted text (its
     * metadata fields are the editor's, prefilled from the document), and the file is stored with its SHA-256 in
     * the same transaction, so either both are stored or neither.
     *
     * @throws ValidationException as {@link #add(SourceInput)}, or on {@code fullText} if the text is not the
     *                             document's
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Source add(SourceInput input, Document original) {
        if (!original.text().equals(SourceValidator.normalizeText(input.fullText()))) {
            throw new ValidationException("fullText", "The text is not the one read from '" + original.fileName()
                    + "'; a source made from a file keeps the file's text as it was read.");
        }
        Source s = add(input);
        files.insert(s.id(), original, CurrentUser.require());
        return s;
    }
}
