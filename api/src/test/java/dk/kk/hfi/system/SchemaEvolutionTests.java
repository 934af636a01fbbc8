package dk.kk.hfi.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.diff.DiffCategory;
import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import dk.kk.hfi.AccessSliceTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema partners build against changes compatibly: compared with the released
 * snapshot ({@value #SNAPSHOT}) by graphql-java's schema diff, a breaking change fails
 * the build unless it removes what was {@code @deprecated} in the release. After a
 * release, write the new snapshot with
 * {@code ./mvnw -pl api -am verify -Dtest=SchemaEvolutionTests -Dhfi.schema.release=true}
 * and commit it with its CHANGELOG.md entry.
 */
class SchemaEvolutionTests extends AccessSliceTestSupport {

	static final String SNAPSHOT = "src/test/resources/released-schema.graphqls";

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void theSchemaHasNoBreakingChangeSinceTheRelease() throws IOException {
		String current = print(this.graphQlSource.schema());
		Path snapshot = Path.of(SNAPSHOT);
		if (Boolean.getBoolean("hfi.schema.release")) {
			Files.writeString(snapshot, current, StandardCharsets.UTF_8);
		}
		String released = Files.readString(snapshot, StandardCharsets.UTF_8);
		assertThat(breakingChanges(released, current)).isEmpty();
	}

	@Test
	void removingAFieldBreaksUnlessItWasDeprecatedFirst() {
		String released = """
				type Query { family: Family }
				type Family { id: ID! name: String oldName: String @deprecated(reason: "use name") }
				""";
		assertThat(breakingChanges(released, "type Query { family: Family } type Family { id: ID! name: String }"))
			.isEmpty();
		assertThat(breakingChanges(released, "type Query { family: Family } type Family { id: ID! oldName: String }"))
			.singleElement()
			.satisfies((event) -> assertThat(event.getFieldName()).isEqualTo("name"));
	}

	@Test
	void changingAListIntoAConnectionBreaks() {
		// What happened to ProfessionalCaller.families (see CHANGELOG.md).
		String released = """
				type Query { me: ProfessionalCaller }
				type ProfessionalCaller { families: [Family!]! }
				type Family { id: ID! }
				""";
		String changed = """
				type Query { me: ProfessionalCaller }
				type ProfessionalCaller { families(first: Int, after: String): FamilyConnection! }
				type FamilyConnection { edges: [FamilyEdge!]! }
				type FamilyEdge { node: Family! }
				type Family { id: ID! }
				""";
		assertThat(breakingChanges(released, changed)).isNotEmpty();
	}

	/**
	 * The diff's breakages, less the removal of fields and enum values the released
	 * schema deprecated.
	 */
	static List<DiffEvent> breakingChanges(String releasedSdl, String currentSdl) {
		GraphQLSchema released = schema(releasedSdl);
		CapturingReporter reporter = new CapturingReporter();
		new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromSdl(released, schema(currentSdl)), reporter);
		return reporter.getBreakages()
			.stream()
			.filter((event) -> event.getCategory() != DiffCategory.DEPRECATION_REMOVED
					&& !(event.getCategory() == DiffCategory.MISSING && wasDeprecated(released, event)))
			.toList();
	}

	private static boolean wasDeprecated(GraphQLSchema released, DiffEvent event) {
		GraphQLType type = released.getType(event.getTypeName());
		if (event.getFieldName() == null) {
			return false;
		}
		if (type instanceof GraphQLFieldsContainer container) {
			return container.getFieldDefinition(event.getFieldName()) != null
					&& container.getFieldDefinition(event.getFieldName()).isDeprecated();
		}
		if (type instanceof GraphQLEnumType enumType) {
			return enumType.getValue(event.getFieldName()) != null
					&& enumType.getValue(event.getFieldName()).isDeprecated();
		}
		return false;
	}

	private static GraphQLSchema schema(String sdl) {
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
	}

	/**
	 * The schema as partners see it: the access directives are the server's, not part of
	 * the contract.
	 */
	private static String print(GraphQLSchema schema) {
		return new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
			.includeDirectives((name) -> Set.of("deprecated", "specifiedBy", "oneOf").contains(name))
			.includeDirectiveDefinitions(false)
			.includeScalarTypes(true)
			.includeSchemaDefinition(false)).print(schema);
	}

}
