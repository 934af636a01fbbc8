package dk.kk.hfi.system;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log carries no request content at any level: with the root logger at TRACE,
 * personal values sent in malformed and valid bodies, in variables and in errors, and the
 * bearer token itself, appear nowhere in it.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogContentTests extends GraphQlTestSupport {

	private static final String NAME = "Ulrikkea";

	private static final String SURNAME = "Qvistgaardsen";

	private static final String CPR = "2407819873";

	@Test
	void personalValuesAndTokensNeverReachTheLog(CapturedOutput output) {
		String token = token("{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}");
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.TRACE);
		// The test's own HTTP client (not the server) logs what it sends at DEBUG.
		logging.setLogLevel("jdk.internal", LogLevel.OFF);
		try {
			// Malformed bodies, to GraphQL and to a plain endpoint.
			post("/graphql", "{" + NAME + " " + CPR, token);
			post("/graphql", "{\"query\": " + NAME + "}", token);
			post("/demo/token", "{" + NAME + "}", null);
			post("/demo/token", "{\"professionalId\":\"" + NAME + "\"}", null);
			// Valid bodies: a syntax error, an unknown field, bad variables, and a write
			// with personal data.
			post("/graphql", "{\"query\":\"{ family(id: \\\"" + NAME + "\\\") { id } " + SURNAME + " \"}", token);
			post("/graphql", "{\"query\":\"{ " + SURNAME + " }\"}", token);
			post("/graphql", "{\"query\":\"query($first: Int) { families(first: $first) { edges { node { id } } } }\","
					+ "\"variables\":{\"first\":\"" + NAME + "\"}}", token);
			String created = post("/graphql", "{\"query\":\"mutation($input: CreateFamilyInput!) { createFamily(input: "
					+ "$input) { family { id members { firstName cpr } } } }\",\"variables\":{\"input\":{\"name\":\""
					+ SURNAME + "\",\"district\":\"NORREBRO\",\"members\":[{\"firstName\":\"" + NAME
					+ "\",\"lastName\":\"" + SURNAME + "\",\"role\":\"MOTHER\",\"cpr\":\"" + CPR + "\"}]}}}", token)
				.body();
			assertThat(created).as("the write went through").contains(NAME);
			post("/graphql", "{\"query\":\"{ families(first: 100, filter: {text: \\\"" + SURNAME
					+ "\\\"}) { edges { node { name members { firstName cpr } } } } }\"}", token);
			// A forged token, and the real one on an anonymous endpoint.
			post("/graphql", "{\"query\":\"{ me { __typename } }\"}", token + "x");
			get("/no/such/" + NAME, token);
		}
		finally {
			logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
			logging.setLogLevel("jdk.internal", null);
		}
		String log = output.getAll();
		assertThat(log).as("the capture works at TRACE").contains("TRACE");
		for (Map.Entry<String, String> secret : Map
			.of("name", NAME, "surname", SURNAME, "CPR", CPR, "token", token.substring(token.lastIndexOf('.') + 1))
			.entrySet()) {
			List<String> lines = log.lines().filter((line) -> line.contains(secret.getValue())).toList();
			assertThat(lines).as("log lines holding the %s", secret.getKey()).isEmpty();
		}
	}

}
