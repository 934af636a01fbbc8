package dk.kk.hfi.system;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error page ({@code /error}, replacing Spring Boot's): every status the
 * application or the security filters hand to the container is answered with the JSON
 * error body and its code. The exception's message is never used: it can quote the
 * request.
 */
@Controller
class JsonErrorController implements ErrorController {

	private static final Logger logger = LoggerFactory.getLogger(JsonErrorController.class);

	@RequestMapping("${server.error.path:${error.path:/error}}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int code = (status instanceof Integer value && value >= 400) ? value : 500;
		Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (code >= 500 && exception instanceof Throwable ex) {
			String correlationId = UUID.randomUUID().toString();
			logger.error("Unexpected failure [correlationId={}]: {}", correlationId, ex.getClass().getName(),
					GraphQlErrorResolver.withoutMessage(ex));
			HttpErrors.write(response, code, HttpErrors.codeOf(code),
					"An unexpected error occurred; quote correlation id " + correlationId,
					Map.of("correlationId", correlationId));
			return;
		}
		HttpErrors.write(response, code);
	}

}
