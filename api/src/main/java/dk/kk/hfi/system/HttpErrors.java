package dk.kk.hfi.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;

/**
 * The one shape of an error answered outside GraphQL execution,
 * {@code {"errors":[{"message":…,"extensions": {"code":…}}]}} as a GraphQL response
 * carries it, with the code that goes with each HTTP status. Messages are written by us;
 * what the caller sent is never echoed beyond a short, sanitized prefix
 * ({@link #sanitize}).
 */
final class HttpErrors {

	/**
	 * Longest run of non-blank characters kept from a message (an echoed id, token or
	 * value).
	 */
	static final int MAX_WORD = 48;

	/** Longest message sent. */
	static final int MAX_MESSAGE = 300;

	private HttpErrors() {
	}

	static String codeOf(int status) {
		return answerTo(status).code();
	}

	static String messageOf(int status) {
		return answerTo(status).message();
	}

	/** The code and the message that go with each status. */
	private static Answer answerTo(int status) {
		return switch (status) {
			case 400 -> new Answer("BAD_USER_INPUT", "The request is malformed: send a JSON body the endpoint accepts");
			case 401 -> new Answer("UNAUTHENTICATED", "Authentication is required: send a valid bearer token");
			case 403 -> new Answer("FORBIDDEN", "You are not allowed to do this");
			case 404 -> new Answer("NOT_FOUND", "There is nothing at this address");
			case 405 -> new Answer("METHOD_NOT_ALLOWED", "This method is not allowed here");
			case 406 -> new Answer("NOT_ACCEPTABLE", "No acceptable representation: accept application/json");
			case 413 -> new Answer("PAYLOAD_TOO_LARGE", "The request body is too large");
			case 415 -> new Answer("UNSUPPORTED_MEDIA_TYPE", "Unsupported content type: send application/json");
			case 429 -> new Answer("TOO_MANY_REQUESTS", "Too many requests: retry later");
			case 503 -> new Answer("UNAVAILABLE", "The server is busy: retry later");
			default -> (status >= 500) ? new Answer("INTERNAL", "An unexpected error occurred")
					: new Answer("BAD_REQUEST", "The request cannot be served");
		};
	}

	/** Writes the error body with the status; the response must not be committed. */
	static void write(HttpServletResponse response, int status, String code, String message,
			Map<String, Object> extensions) throws IOException {
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getOutputStream().write(body(code, message, extensions).getBytes(StandardCharsets.UTF_8));
	}

	static void write(HttpServletResponse response, int status) throws IOException {
		write(response, status, codeOf(status), messageOf(status), Map.of());
	}

	static String body(String code, String message, Map<String, Object> extensions) {
		StringBuilder json = new StringBuilder("{\"errors\":[{\"message\":");
		quote(json, sanitize(message));
		json.append(",\"extensions\":{\"code\":");
		quote(json, code);
		extensions.forEach((name, value) -> {
			json.append(',');
			quote(json, name);
			json.append(':');
			if (value instanceof Number) {
				json.append(value);
			}
			else {
				quote(json, sanitize(String.valueOf(value)));
			}
		});
		return json.append("}}]}").toString();
	}

	/**
	 * The message with control characters replaced, every run of non-blank characters
	 * longer than {@value #MAX_WORD} cut to that length and the whole cut to
	 * {@value #MAX_MESSAGE}: an echoed value keeps only a short prefix.
	 */
	static String sanitize(String message) {
		if (message == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(Math.min(message.length(), MAX_MESSAGE + 1));
		int word = 0;
		int i = 0;
		for (; i < message.length() && out.length() < MAX_MESSAGE; i++) {
			char c = message.charAt(i);
			if (Character.isWhitespace(c) || Character.isISOControl(c)) {
				if (word > MAX_WORD) {
					out.append('…');
				}
				word = 0;
				out.append(' ');
			}
			else if (++word <= MAX_WORD && !Character.isSurrogate(c)) {
				out.append(c);
			}
		}
		if (word > MAX_WORD || i < message.length()) {
			out.append('…');
		}
		return out.toString();
	}

	private static void quote(StringBuilder json, String value) {
		json.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

	private record Answer(String code, String message) {
	}

}
