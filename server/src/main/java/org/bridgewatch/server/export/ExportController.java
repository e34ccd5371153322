package org.bridgewatch.server.export;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import org.bridgewatch.server.web.RuleViolation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code GET /api/v1/export/{table}.tsv}: the public data, streamed. */
@RestController
public class ExportController {
  static final MediaType TSV = new MediaType("text", "tab-separated-values", StandardCharsets.UTF_8);

  private final ExportService export;

  public ExportController(ExportService export) {
    this.export = export;
  }

  @Operation(summary = "Download a public table (notes, ratings, noteStatusHistory, userEnrollment, noteRequests)"
      + " in X's public TSV format; rows younger than the export delay and deleted notes are left out")
  @GetMapping("/api/v1/export/{table}.tsv")
  public ResponseEntity<StreamingResponseBody> export(@PathVariable String table) {
    ExportService.Table which = ExportService.Table.named(table).orElseThrow(() -> RuleViolation.notFound("Table", table));
    StreamingResponseBody body = out -> export.export(which, out, PublicTsvRowWriter::new);
    return ResponseEntity.ok()
        .contentType(TSV)
        .header("Content-Disposition", "attachment; filename=\"" + which.name() + "-00000.tsv\"")
        .body(body);
  }
}
