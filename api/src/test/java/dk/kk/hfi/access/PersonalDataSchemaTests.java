package dk.kk.hfi.access;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when a field of a personal-data type declares no category (deny by
 * default): every field of a {@code @personalData} type, including fields added by
 * {@code extend type} in another file, declares {@code @category} or
 * {@code @unrestricted}, since a field without one would bypass the access mechanism.
 */
class PersonalDataSchemaTests {

	@Test
	void everyFieldOfAPersonalDataTypeDeclaresCategoryOrUnrestricted() throws IOException {
		TypeDefinitionRegistry registry = schema();
		Set<String> personalTypes = registry.getTypes(ObjectTypeDefinition.class)
			.stream()
			.filter((type) -> type.hasDirective(AccessSchemaVisitor.PERSONAL_DATA))
			.map(ObjectTypeDefinition::getName)
			.collect(Collectors.toSet());
		assertThat(personalTypes).contains("Family", "Member", "Measure", "Plan", "PlanSnapshot", "Meeting",
				"Assessment", "RegisterObservation", "ExperienceSurvey", "TimelineEvent");

		List<String> undeclared = new ArrayList<>();
		for (String typeName : personalTypes) {
			List<FieldDefinition> fields = new ArrayList<>(
					registry.getType(typeName, ObjectTypeDefinition.class).orElseThrow().getFieldDefinitions());
			registry.objectTypeExtensions()
				.getOrDefault(typeName, List.of())
				.forEach((extension) -> fields.addAll(extension.getFieldDefinitions()));
			for (FieldDefinition field : fields) {
				boolean category = field.hasDirective(AccessSchemaVisitor.CATEGORY);
				boolean unrestricted = field.hasDirective(AccessSchemaVisitor.UNRESTRICTED);
				if (category == unrestricted) {
					undeclared.add(typeName + "." + field.getName());
				}
			}
		}
		assertThat(undeclared).as("fields of @personalData types need exactly one of @category / @unrestricted")
			.isEmpty();
	}

	@Test
	void freeTextOfAPersonalDataTypeAlwaysHasACategory() throws IOException {
		TypeDefinitionRegistry registry = schema();
		List<String> unrestrictedText = new ArrayList<>();
		for (ObjectTypeDefinition type : registry.getTypes(ObjectTypeDefinition.class)) {
			if (!type.hasDirective(AccessSchemaVisitor.PERSONAL_DATA)) {
				continue;
			}
			List<FieldDefinition> fields = new ArrayList<>(type.getFieldDefinitions());
			registry.objectTypeExtensions()
				.getOrDefault(type.getName(), List.of())
				.forEach((extension) -> fields.addAll(extension.getFieldDefinitions()));
			fields.stream()
				.filter((field) -> "String".equals(graphql.schema.idl.TypeInfo.typeInfo(field.getType()).getName()))
				.filter((field) -> !field.hasDirective(AccessSchemaVisitor.CATEGORY))
				.forEach((field) -> unrestrictedText.add(type.getName() + "." + field.getName()));
		}
		assertThat(unrestrictedText).as("free-text fields of personal-data types without a category").isEmpty();
	}

	@Test
	void categoryIsDeclaredOnlyOnPersonalDataTypes() throws IOException {
		TypeDefinitionRegistry registry = schema();
		List<String> misplaced = new ArrayList<>();
		List<ObjectTypeDefinition> types = new ArrayList<>(registry.getTypes(ObjectTypeDefinition.class));
		for (ObjectTypeDefinition type : types) {
			boolean personal = type.hasDirective(AccessSchemaVisitor.PERSONAL_DATA)
					|| (!(type instanceof ObjectTypeExtensionDefinition)
							&& registry.getType(type.getName(), ObjectTypeDefinition.class)
								.map((base) -> base.hasDirective(AccessSchemaVisitor.PERSONAL_DATA))
								.orElse(false));
			type.getFieldDefinitions()
				.stream()
				.filter((field) -> field.hasDirective(AccessSchemaVisitor.CATEGORY) && !personal)
				.forEach((field) -> misplaced.add(type.getName() + "." + field.getName()));
		}
		assertThat(misplaced).isEmpty();
	}

	private static TypeDefinitionRegistry schema() throws IOException {
		return OperationRuleSchemaTests.schema();
	}

}
