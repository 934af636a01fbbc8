package dk.kk.hfi.system;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import dk.kk.hfi.AccessSliceTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SDL is the front-end developers' documentation: every type, field, argument and
 * value has a description.
 */
class SchemaDocumentationTests extends AccessSliceTestSupport {

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void everyTypeFieldArgumentAndEnumValueIsDescribed() {
		GraphQLSchema schema = this.graphQlSource.schema();
		List<String> undocumented = new ArrayList<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type.getName().startsWith("__") || isBuiltIn(type.getName())) {
				continue;
			}
			if (type.getDescription() == null || type.getDescription().isBlank()) {
				undocumented.add(type.getName());
			}
			if (type instanceof GraphQLFieldsContainer container) {
				container.getFieldDefinitions().forEach((field) -> {
					if (field.getDescription() == null) {
						undocumented.add(type.getName() + "." + field.getName());
					}
					field.getArguments()
						.stream()
						.filter((argument) -> argument.getDescription() == null)
						.forEach((argument) -> undocumented
							.add(type.getName() + "." + field.getName() + "(" + argument.getName() + ")"));
				});
			}
			if (type instanceof GraphQLInputObjectType input) {
				input.getFieldDefinitions()
					.stream()
					.filter((field) -> field.getDescription() == null)
					.forEach((field) -> undocumented.add(type.getName() + "." + field.getName()));
			}
			if (type instanceof GraphQLEnumType enumType) {
				enumType.getValues()
					.stream()
					.filter((value) -> value.getDescription() == null)
					.forEach((value) -> undocumented.add(type.getName() + "." + value.getName()));
			}
		}
		assertThat(undocumented).isEmpty();
	}

	private static boolean isBuiltIn(String name) {
		return List.of("String", "Boolean", "Int", "Float", "ID", "Query", "Mutation").contains(name);
	}

}
