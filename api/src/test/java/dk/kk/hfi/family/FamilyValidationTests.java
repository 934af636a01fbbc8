package dk.kk.hfi.family;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.demo.DemoIds;

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets BAD_USER_INPUT naming each invalid field, and nothing is stored. */
class FamilyValidationTests extends GraphQlTestSupport {

	@Test
	void badCprIsRejectedNamingTheField() {
		expectInvalid(input(member("cpr", "310299-1234")), "input.members[0].cpr");
		expectInvalid(input(member("cpr", "12345")), "input.members[0].cpr");
	}

	@Test
	void blankNameIsRejected() {
		Map<String, Object> input = input(member("firstName", " "));
		input.put("name", "");
		GraphQlTester.Response response = create(input);
		assertInvalidFields(response, "input.name", "input.members[0].firstName");
	}

	@Test
	void oversizedStringsAreRejected() {
		Map<String, Object> input = input(member("lastName", "x".repeat(101)));
		input.put("name", "y".repeat(101));
		assertInvalidFields(create(input), "input.members[0].lastName", "input.name");
	}

	@Test
	void datesOutOfRangeAreRejected() {
		assertInvalidFields(create(input(member("birthDate", "2999-01-01"))), "input.members[0].birthDate");
		assertInvalidFields(create(input(member("birthDate", "1850-01-01"))), "input.members[0].birthDate");
		Map<String, Object> future = input(member("firstName", "Ok"));
		future.put("referredOn", "2999-01-01");
		assertInvalidFields(create(future), "input.referredOn");
	}

	@Test
	void unknownEnumValueIsRejectedBeforeExecution() {
		Map<String, Object> input = input(member("role", "EMPEROR"));
		create(input).errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("'input'") && error.getMessage().contains("FamilyRole"))
			.verify();
	}

	@Test
	void malformedDocumentIsBadUserInput() {
		rejected(as(DemoIds.SOF_CASEWORKER).document("{ family(id: ) { id }"), "BAD_USER_INPUT");
		rejected(as(DemoIds.SOF_CASEWORKER).document("{ family(id: \"fam-001\") { shoeSize } }"), "BAD_USER_INPUT",
				(error) -> !error.getMessage().contains("Did you mean"));
	}

	@Test
	void rejectedInputStoresNothing() {
		int before = as(DemoIds.SOF_CASEWORKER).documentName("family/familiesEdges")
			.execute()
			.path("families.edges")
			.entityList(Object.class)
			.get()
			.size();
		create(input(member("cpr", "999999-9999"))).errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code")))
			.verify();
		int after = as(DemoIds.SOF_CASEWORKER).documentName("family/familiesEdges")
			.execute()
			.path("families.edges")
			.entityList(Object.class)
			.get()
			.size();
		assertThat(after).isEqualTo(before);
	}

	private void expectInvalid(Map<String, Object> input, String field) {
		assertInvalidFields(create(input), field);
	}

	private GraphQlTester.Response create(Map<String, Object> input) {
		return as(DemoIds.SOF_CASEWORKER).documentName("course/createFamily").variable("input", input).execute();
	}

	@SuppressWarnings("unchecked")
	private static void assertInvalidFields(GraphQlTester.Response response, String... fields) {
		response.errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			ResponseError error = errors.get(0);
			assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
			assertThat(error.getPath()).isEqualTo("createFamily");
			List<Map<String, String>> invalid = (List<Map<String, String>>) error.getExtensions().get("fields");
			assertThat(invalid).extracting((field) -> field.get("field")).containsExactlyInAnyOrder(fields);
			assertThat(error.getMessage()).doesNotContain("Exception").doesNotContain("dk.kk");
		});
	}

	private static Map<String, Object> input(Map<String, Object> member) {
		Map<String, Object> input = new HashMap<>();
		input.put("name", "Familien Valid");
		input.put("district", "BISPEBJERG");
		input.put("members", List.of(member));
		return input;
	}

	private static Map<String, Object> member(String key, Object value) {
		Map<String, Object> member = new HashMap<>();
		member.put("firstName", "Anna");
		member.put("lastName", "Valid");
		member.put("role", "MOTHER");
		member.put(key, value);
		return member;
	}

}
