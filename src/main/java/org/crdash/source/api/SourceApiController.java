package org.crdash.source.api;

import java.util.List;
import org.crdash.base.NotFoundException;
import org.crdash.source.Source;
import org.crdash.source.SourceService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only REST API for sources; passages' offsets index into {@code /api/sources/{key}/text}. */
@RestController
@RequestMapping("/api/sources")
class SourceApiController {

    private static final MediaType TEXT_UTF8 = new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8);

    private final SourceService sources;

    SourceApiController(SourceService sources) {
        this.sources = sources;
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

    private static NotFoundException notFound(String key) {
        return new NotFoundException("there is no source with key '" + key + "'");
    }
}
