package org.crdash.importer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.concurrent.Executor;
import org.crdash.base.security.Roles;
import org.crdash.base.ui.MainLayout;
import org.crdash.export.CsvDialect;
import org.crdash.export.ui.CsvDownload;
import org.crdash.importer.ImportProblem;
import org.crdash.importer.ImportRejectedException;
import org.crdash.importer.ImportResult;
import org.crdash.importer.ImportService;
import org.crdash.importer.ImportWarningsException;
import org.crdash.series.ObservationFilter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;

/**
 * Upload a CSV of observations (the export's columns). The file is imported all or nothing in the background; the
 * page shows progress and then either how many rows were added or every problem with its line and column — or the
 * claim checks' warnings, which keep the file out unless "Import anyway" is ticked.
 */
@Route(value = "import", layout = MainLayout.class)
@Menu(title = "Import CSV", order = 13, icon = "vaadin:upload")
@PageTitle("Import CSV · China–Russia dashboard")
@RolesAllowed(Roles.EDITOR)
public class ImportView extends VerticalLayout {

    private final ImportService imports;
    private final Executor executor;
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Grid<ImportProblem> problems = new Grid<>();
    private final Checkbox saveAnyway = new Checkbox("Import anyway the rows the claim checks warn of (value not in "
            + "its passage, duplicate, conflict with other sources); the audit records the warnings");

    public ImportView(ImportService imports, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.imports = imports;
        this.executor = new DelegatingSecurityContextExecutor(executor);
        addClassName("import-view");
        add(new H2("Import observations from CSV"));
        add(new Paragraph("Upload a CSV file with the columns of the observations export (at least series_key, period, "
                + "value, source_file, passage; UTF-8, ',' or ';' separated). Every row is checked with the same "
                + "rules as the form, and each passage must occur verbatim in its source. The file is imported "
                + "all or nothing: if any row is wrong, nothing is written and every problem is listed."));
        add(CsvDownload.link(CsvDownload.observationsUrl(ObservationFilter.ALL, CsvDialect.DATA),
                "Download the current observations as an example"));

        Upload upload = new Upload(UploadHandler.toTempFile((meta, file) -> start(file)));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);

        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setId("import-progress");
        status.setId("import-status");
        problems.setId("import-problems");
        problems.addColumn(ImportProblem::line).setHeader("Line").setWidth("6em").setFlexGrow(0);
        problems.addColumn(p -> p.column() == null ? "" : p.column()).setHeader("Column").setWidth("10em")
                .setFlexGrow(0);
        problems.addColumn(ImportProblem::message).setHeader("Problem").setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        saveAnyway.setId("import-save-anyway");
        add(saveAnyway, upload, progress, status, problems);
    }

    /** Runs the import of an uploaded file in the background and reports back to this page. */
    void start(File file) {
        UI ui = getUI().orElseThrow();
        boolean anyway = saveAnyway.getValue();
        ui.access(() -> {
            problems.setVisible(false);
            progress.setVisible(true);
            status.setText("Checking the file…");
            ui.setPollInterval(500);
        });
        executor.execute(() -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                ImportResult result = imports.importObservations(in, lines -> ui.access(
                        () -> status.setText("Checked " + lines + " rows…")), anyway);
                ui.access(() -> done("Imported " + result.inserted() + " observations"
                        + (result.skippedDeleted() == 0 ? "" : "; " + result.skippedDeleted()
                        + " rows marked as deleted in the file were skipped") + ". They are on the charts now."));
            } catch (ImportRejectedException e) {
                ui.access(() -> {
                    done(e.getMessage().lines().findFirst().orElse("Nothing was imported."));
                    problems.setItems(e.problems());
                    problems.setVisible(true);
                });
            } catch (ImportWarningsException e) {
                ui.access(() -> {
                    done(e.getMessage().lines().findFirst().orElse("Nothing was imported.") + " Tick \u201cImport "
                            + "anyway\u201d above and upload the file again to import it with these warnings.");
                    problems.setItems(e.warnings().stream().map(w -> new ImportProblem(w.line(), w.column(),
                            "Warning (" + w.code() + "): " + w.message())).toList());
                    problems.setVisible(true);
                });
            } catch (IOException | RuntimeException e) {
                ui.access(() -> done("Nothing was imported: " + e.getMessage()));
            } finally {
                try {
                    Files.deleteIfExists(file.toPath());
                } catch (IOException ignored) {
                    // a temp file; the OS cleans it up
                }
            }
        });
    }

    private void done(String message) {
        progress.setVisible(false);
        status.setText(message);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    Span status() {
        return status;
    }

    Checkbox saveAnyway() {
        return saveAnyway;
    }

    Grid<ImportProblem> problems() {
        return problems;
    }
}
