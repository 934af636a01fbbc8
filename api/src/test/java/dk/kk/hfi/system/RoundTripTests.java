package dk.kk.hfi.system;

import org.junit.jupiter.api.Test;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MongoDB round trips per request do not grow with the number of families or members
 * returned, and access control and audit add a fixed number: one consent query and one
 * audit insert.
 */
class RoundTripTests extends GraphQlTestSupport {

	@Test
	void roundTripsAreTheSameForFiveTwentyAndFortyFamilies() {
		long five = roundTrips(5);
		long twenty = roundTrips(20);
		long forty = roundTrips(40);
		assertThat(five).isGreaterThan(5);
		assertThat(twenty).isEqualTo(five);
		assertThat(forty).isEqualTo(five);
	}

	@Test
	void accessDecisionsCostOneConsentQueryAndTheAuditOneInsertPerRequest() {
		var tester = as(DemoIds.SUPPORT_COORDINATOR);
		long consentQueries = this.commandCounter.count("find", "consents");
		long auditInserts = this.commandCounter.count("insert", "auditEvents");
		tester.document("{ families(first: 40) { edges { node { name members { cpr phone } measures { kind } } } } }")
			.execute()
			.errors()
			.filter((error) -> "CONSENT_REQUIRED".equals(error.getExtensions().get("code")))
			.verify();
		assertThat(this.commandCounter.count("find", "consents") - consentQueries).isEqualTo(1);
		assertThat(this.commandCounter.count("insert", "auditEvents") - auditInserts).isEqualTo(1);
	}

	@Test
	void membersOfTheFamiliesReadAreResolvedWithoutAnotherFamilyQuery() {
		var tester = as(DemoIds.SUPPORT_COORDINATOR);
		long familyQueries = this.commandCounter.count("find", "families");
		tester.documentName("system/membersOfTheFamiliesReadAreResolvedWithoutAnotherFamilyQuery")
			.execute()
			.errors()
			.filter((error) -> "CONSENT_REQUIRED".equals(error.getExtensions().get("code")))
			.verify()
			.path("families.edges[*].node.measures[*].member.id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).isNotEmpty());
		assertThat(this.commandCounter.count("find", "families") - familyQueries).isEqualTo(1);
	}

	private long roundTrips(int n) {
		var tester = as(DemoIds.SUPPORT_COORDINATOR);
		long before = this.commandCounter.count();
		long consentQueries = this.commandCounter.count("find", "consents");
		tester.documentName("system/families")
			.variable("n", n)
			.execute()
			.errors()
			.filter((error) -> "CONSENT_REQUIRED".equals(error.getExtensions().get("code")))
			.verify()
			.path("families.edges")
			.entityList(Object.class)
			.hasSize(n);
		// The consents field and the access decisions share one query.
		assertThat(this.commandCounter.count("find", "consents") - consentQueries).isEqualTo(1);
		return this.commandCounter.count() - before;
	}

}
