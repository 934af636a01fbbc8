package dk.kk.hfi.common;

import java.util.Map;

/**
 * An expected outcome a client must handle, with its stable code. The message is shown to
 * the client: it never carries stored values.
 */
public class HfiException extends RuntimeException {

	private final ErrorCode code;

	private final Map<String, Object> extensions;

	public HfiException(ErrorCode code, String message) {
		this(code, message, Map.of());
	}

	public HfiException(ErrorCode code, String message, Map<String, Object> extensions) {
		super(message, null, false, false);
		this.code = code;
		this.extensions = extensions;
	}

	public ErrorCode code() {
		return this.code;
	}

	public Map<String, Object> extensions() {
		return this.extensions;
	}

	public static HfiException notFound(String what) {
		return new HfiException(ErrorCode.NOT_FOUND, what + " was not found");
	}

	public static HfiException conflict(String what) {
		return new HfiException(ErrorCode.CONFLICT,
				what + " was changed by someone else since you read it: reload and apply your change again");
	}

	public static HfiException badInput(String message) {
		return new HfiException(ErrorCode.BAD_USER_INPUT, message);
	}

	public static HfiException forbidden(String message) {
		return new HfiException(ErrorCode.FORBIDDEN, message);
	}

}
