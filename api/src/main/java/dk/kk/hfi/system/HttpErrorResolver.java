package dk.kk.hfi.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring MVC's own failures (unreadable body, unsupported media type or method, missing
 * parameter, no such resource) answered with the JSON error body and its code, in place
 * of Spring's default resolver, which logs each one with its message: a JSON parse error
 * quotes the offending token of the body.
 */
final class HttpErrorResolver implements HandlerExceptionResolver {

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		int status;
		String message;
		if (ex instanceof ResponseStatusException rse) {
			status = rse.getStatusCode().value();
			message = (rse.getReason() != null) ? rse.getReason() : HttpErrors.messageOf(status);
		}
		else if (ex instanceof ErrorResponse error) {
			status = error.getStatusCode().value();
			message = HttpErrors.messageOf(status);
			error.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		}
		else if (ex instanceof HttpMessageNotReadableException) {
			status = 400;
			message = "The request body is not readable: send well-formed JSON the endpoint accepts";
		}
		else if (ex instanceof TypeMismatchException) {
			status = 400;
			message = HttpErrors.messageOf(400);
		}
		else {
			return null;
		}
		if (response.isCommitted()) {
			return new ModelAndView();
		}
		try {
			HttpErrors.write(response, status, HttpErrors.codeOf(status), message, Map.of());
		}
		catch (IOException writeFailed) {
			// The client went away: nothing to answer.
		}
		return new ModelAndView();
	}

}
