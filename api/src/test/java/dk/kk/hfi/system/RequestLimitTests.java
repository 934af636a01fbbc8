package dk.kk.hfi.system;

import org.junit.jupiter.api.Test;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.demo.DemoIds;

/** Request limits: depth and aliases are rejected with BAD_USER_INPUT before execution. */
class RequestLimitTests extends GraphQlTestSupport {

	@Test
	void tooDeepIsRejected() {
		String nested = "id";
		for (int i = 0; i < 8; i++) {
			nested = "relations { member { " + nested + " } }";
		}
		as(DemoIds.SOF_CASEWORKER).document("{ family(id: \"fam-001\") { members { " + nested + " } } }")
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("depth"))
			.verify()
			.path("family")
			.pathDoesNotExist();
	}

	@Test
	void tooManyAliasesAreRejected() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i <= RequestLimits.MAX_ALIASES; i++) {
			query.append(" f").append(i).append(": family(id: \"fam-001\") { id }");
		}
		as(DemoIds.SOF_CASEWORKER).document(query.append(" }").toString())
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("aliases"))
			.verify();
	}

	@Test
	void aFewAliasesAreFine() {
		as(DemoIds.SOF_CASEWORKER).document("{ a: family(id: \"fam-001\") { id } b: family(id: \"fam-002\") { id } }")
			.execute()
			.path("b.id")
			.entity(String.class)
			.isEqualTo("fam-002");
	}

}
