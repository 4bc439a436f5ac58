package org.crdash.source.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.crdash.base.NotFoundException;
import org.crdash.base.api.ApiDocs;
import org.crdash.base.api.VersionedEndpoints;
import org.crdash.base.api.Versions;
import org.crdash.source.Source;
import org.crdash.source.SourceFile;
import org.crdash.source.SourceService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * REST API for sources; passages' offsets index into {@code /api/sources/{key}/text}. Reading is public; adding
 * a source needs an editor (HTTP Basic).
 */
@RestController
@RequestMapping("/api/sources")
class SourceApiController {

    private static final MediaType TEXT_UTF8 = new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8);

    private final SourceService sources;
    private final VersionedEndpoints<Source, SourceJson> endpoints;

    SourceApiController(SourceService sources) {
        this.sources = sources;
        this.endpoints = new VersionedEndpoints<>(Source::version,
                s -> SourceJson.of(sources.statsOf(s.sourceKey()).orElseThrow()));
    }

    @GetMapping
    List<SourceJson> all() {
        return sources.stats().stream().map(SourceJson::of).toList();
    }

    @GetMapping("/{key}")
    SourceJson one(@PathVariable String key) {
        return sources.statsOf(key).map(SourceJson::of).orElseThrow(() -> notFound(key));
    }

    /** The full text, exactly as stored, as UTF-8 plain text. */
    @GetMapping("/{key}/text")
    ResponseEntity<String> text(@PathVariable String key) {
        Source source = sources.findByKey(key).orElseThrow(() -> notFound(key));
        return ResponseEntity.ok().contentType(TEXT_UTF8).body(sources.text(source.id()));
    }

    /**
     * The original file the text was read from, byte for byte, as a download (never shown in the app's origin: a
     * web page could carry script). The ETag and {@code Repr-Digest} are its SHA-256.
     */
    @ApiDocs.ETagged
    @GetMapping("/{key}/file")
    @Operation(summary = "Download the original file a source was read from", description = "404 when the "
            + "source's text was pasted or seeded rather than read from a file.")
    ResponseEntity<byte[]> file(@PathVariable String key) {
        Source source = sources.findByKey(key).orElseThrow(() -> notFound(key));
        SourceFile file = sources.file(source.id()).orElseThrow(() -> new NotFoundException("source '" + key
                + "' was not read from a file (its text was pasted or seeded); its text is at /api/sources/" + key
                + "/text"));
        byte[] bytes = sources.fileContent(source.id()).orElseThrow();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .eTag("\"" + file.sha256() + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of()
                        .parseHex(file.sha256())) + ":")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .body(bytes);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a source with its full text (editors)", description = "The text is stored as sent "
            + "(line breaks normalised to \\n); its key is derived from its SHA-256. 201 with the source and its "
            + "Location; 422 lists every problem (e.g. the same text is already stored).")
    @ApiDocs.Write
    @ApiDocs.Created
    ResponseEntity<SourceJson> create(@RequestBody SourceRequest body) {
        Source s = sources.add(body.toInput());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/sources/{key}")
                        .buildAndExpand(s.sourceKey()).toUri())
                .eTag(Versions.etag(s.version()))
                .body(SourceJson.of(sources.statsOf(s.sourceKey()).orElseThrow()));
    }

    @PutMapping(path = "/{key}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a source's metadata (editors)", description = "Title, author, publisher, date, "
            + "URL. Leave out fullText to keep the text; the text can change only while nothing quotes it. Needs the "
            + "version you loaded (If-Match or a version field). 200; 409 if someone else changed it; 422.")
    @ApiDocs.Write
    @ApiDocs.Versioned
    ResponseEntity<SourceJson> update(@PathVariable String key,
            @Parameter(hidden = true) @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @RequestBody SourceRequest body) {
        Source s = sources.findByKey(key).orElseThrow(() -> notFound(key));
        return endpoints.change("source " + key, ifMatch, body.version(),
                v -> sources.update(s.id(), v, body.toInput(sources.text(s.id()))));
    }

    @DeleteMapping("/{key}")
    @Operation(summary = "Delete a source (editors)", description = "A soft delete. Refused (409, with the counts) "
            + "while live observations or events quote it, unless withQuoting=true: then they are deleted with it, "
            + "each audited. Needs If-Match. 204 with the new ETag.")
    @ApiDocs.Write
    @ApiDocs.Versioned
    ResponseEntity<Void> delete(@PathVariable String key,
            @Parameter(hidden = true) @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @RequestParam(defaultValue = "false") boolean withQuoting) {
        Source s = sources.findByKey(key).orElseThrow(() -> notFound(key));
        return endpoints.delete("source " + key, ifMatch, v -> withQuoting
                ? sources.deleteTogether(s.id(), v) : sources.delete(s.id(), v));
    }

    @PostMapping("/{key}/restore")
    @Operation(summary = "Restore a deleted source (editors)", description = "Needs its version (If-Match or "
            + "{\"version\": 4}). Rows deleted with it are restored one by one.")
    @ApiDocs.Write
    @ApiDocs.Versioned
    ResponseEntity<SourceJson> restore(@PathVariable String key,
            @Parameter(hidden = true) @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) ApiDocs.VersionBody body) {
        Source s = sources.findByKey(key).orElseThrow(() -> notFound(key));
        return endpoints.restore("source " + key, ifMatch, body, v -> sources.restore(s.id(), v));
    }

    private static NotFoundException notFound(String key) {
        return new NotFoundException("there is no source with key '" + key + "'");
    }
}
