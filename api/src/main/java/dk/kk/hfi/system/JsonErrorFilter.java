package dk.kk.hfi.system;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: an error status answered without a body (Spring for GraphQL's 415
 * and 405 routes, say) gets the JSON error body, and an exception escaping the
 * application is answered 500 with a correlation id and logged by type and stack frames
 * only, never its message (which can quote the request), instead of by the container.
 */
final class JsonErrorFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(JsonErrorFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Tracking tracking = new Tracking(response);
		try {
			chain.doFilter(request, tracking);
		}
		catch (IOException | ServletException | RuntimeException | Error ex) {
			if (isClientAbort(ex)) {
				return;
			}
			String correlationId = UUID.randomUUID().toString();
			logger.error("Unexpected failure [correlationId={}] on {}: {}", correlationId, request.getMethod(),
					ex.getClass().getName(), GraphQlErrorResolver.withoutMessage(ex));
			if (!response.isCommitted()) {
				HttpErrors.write(response, 500, "INTERNAL",
						"An unexpected error occurred; quote correlation id " + correlationId,
						java.util.Map.of("correlationId", correlationId));
			}
			return;
		}
		if (response.getStatus() >= 400 && !tracking.bodyStarted && !tracking.sentError && !response.isCommitted()) {
			HttpErrors.write(response, response.getStatus());
		}
	}

	private static boolean isClientAbort(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getSimpleName().equals("ClientAbortException")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Notes whether the application wrote a body or handed the error to the container's
	 * error page.
	 */
	private static final class Tracking extends HttpServletResponseWrapper {

		private boolean bodyStarted;

		private boolean sentError;

		Tracking(HttpServletResponse response) {
			super(response);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			this.bodyStarted = true;
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			this.bodyStarted = true;
			return super.getWriter();
		}

		@Override
		public void sendError(int sc) throws IOException {
			this.sentError = true;
			super.sendError(sc);
		}

		@Override
		public void sendError(int sc, String msg) throws IOException {
			this.sentError = true;
			super.sendError(sc, msg);
		}

	}

}
