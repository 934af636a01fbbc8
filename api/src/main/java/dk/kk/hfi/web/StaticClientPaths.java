package dk.kk.hfi.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which requests are the API's (GraphQL, reports, demo sign-in, configuration, actuator)
 * and which the static client's.
 */
public final class StaticClientPaths {

	private StaticClientPaths() {
	}

	/** True for the API's endpoints, false for the static client's files. */
	public static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/graphql") || path.startsWith("/graphiql") || path.startsWith("/reports/")
				|| path.startsWith("/demo/") || path.startsWith("/actuator") || path.equals("/client-config")
				|| path.equals("/error");
	}

}
