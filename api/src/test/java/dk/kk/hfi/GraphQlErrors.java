package dk.kk.hfi;

import java.util.function.Predicate;

import org.springframework.graphql.ResponseError;
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
		return rejected(request.execute(), code);
	}

	/**
	 * Runs the request and expects it refused with this error {@code code} where the
	 * error also matches (its path, its message), and no other error.
	 */
	public static GraphQlTester.Traversable rejected(GraphQlTester.Request<?> request, String code,
			Predicate<ResponseError> where) {
		return request.execute()
			.errors()
			.expect((error) -> code.equals(error.getExtensions().get("code")) && where.test(error))
			.verify();
	}

	/** Expects the response refused with this error {@code code}, and no other error. */
	public static GraphQlTester.Traversable rejected(GraphQlTester.Response response, String code) {
		return response.errors().expect((error) -> code.equals(error.getExtensions().get("code"))).verify();
	}

}
