package dk.kk.hfi.system;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report for what never reaches the application (a malformed URL or
 * header): the JSON error body with its code instead of Tomcat's HTML page.
 */
final class JsonErrorReportValve extends ErrorReportValve {

	JsonErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		try {
			response.setContentType("application/json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(HttpErrors.body(HttpErrors.codeOf(status), HttpErrors.messageOf(status), Map.of()));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// Nothing more can be answered.
		}
	}

}
