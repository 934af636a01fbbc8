package dk.kk.hfi.report;

import java.util.Map;
import java.util.Objects;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import dk.kk.hfi.access.AuditTrail;
import dk.kk.hfi.audit.ReportAuditLog;
import dk.kk.hfi.common.ErrorCode;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.District;

/**
 * Each report as a CSV download, {@code GET /reports/{name}.csv?period=&district=}, with
 * the same figures and suppression as the query. Needs a bearer token like
 * {@code /graphql}; the read is audited before the file leaves.
 */
@RestController
class ReportCsvController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final ReportService reports;

	private final ReportAuditLog audit;

	ReportCsvController(ReportService reports, ReportAuditLog audit) {
		this.reports = reports;
		this.audit = audit;
	}

	@GetMapping("/reports/{fileName}.csv")
	ResponseEntity<String> csv(@PathVariable String fileName, @RequestParam(required = false) String period,
			@RequestParam(required = false) District district, @AuthenticationPrincipal Caller caller) {
		ReportName name = ReportName.ofFileName(fileName)
			.orElseThrow(() -> HfiException.notFound("Report " + fileName));
		Report report = this.reports.run(caller, name, period, district);
		AuditTrail trail = new AuditTrail(caller, "csv:" + fileName);
		trail.recordReport(name.name(), report.period().from(), report.period().to(),
				(district != null) ? district.name() : null);
		this.audit.write(trail.reportEvent("CSV"));
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + fileName + "-" + period.strip() + ".csv\"")
			.body(ReportCsv.write(report));
	}

	@ExceptionHandler(HfiException.class)
	ResponseEntity<Map<String, Object>> failed(HfiException ex) {
		HttpStatus status = switch (ex.code()) {
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case BAD_USER_INPUT -> HttpStatus.BAD_REQUEST;
			default -> HttpStatus.INTERNAL_SERVER_ERROR;
		};
		// Every HfiException is made with its message.
		return error(status, ex.code(), Objects.requireNonNull(ex.getMessage()));
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class,
			org.springframework.web.bind.MissingServletRequestParameterException.class })
	ResponseEntity<Map<String, Object>> badRequest(Exception ex) {
		return error(HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, "Give period as " + ReportPeriod.FORMS
				+ ", and district as one of " + java.util.Arrays.toString(District.values()));
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, ErrorCode code, String message) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("errors", java.util.List.of(errorOf(code, message))));
	}

	/**
	 * Message first, then its code: the shape every error body of the application has.
	 */
	private static Map<String, Object> errorOf(ErrorCode code, String message) {
		Map<String, Object> error = new java.util.LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", Map.of("code", code.name()));
		return error;
	}

}
