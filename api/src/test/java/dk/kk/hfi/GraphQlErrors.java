package dk.kk.hfi;

import org.springframework.graphql.test.tester.GraphQlTester;

/** The expectations on GraphQL errors that many tests share. */
public final class GraphQlErrors {

	private GraphQlErrors() {
	}

	/**
	 * Runs the request and expects it refused with this error {@code code} (and no other
	 * error), for the response's data to be checked next.
	 */
	public static GraphQlTester.Traversable rejected(GraphQlTester.Request<?> request, String code) {
		return request.execute().errors().expect((error) -> code.equals(error.getExtensions().get("code"))).verify();
	}

}
