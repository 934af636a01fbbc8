package dk.kk.hfi.course;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of a {@code @personalData} type, including fields added by {@code extend type} in another file,
 * declares {@code @category} or {@code @unrestricted}: a field without one would bypass the access mechanism.
 */
class PersonalDataSchemaTests {

	@Test
	void everyFieldOfAPersonalDataTypeDeclaresItsCategory() throws Exception {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/**/*.graphqls");
		assertThat(files).isNotEmpty();
		for (Resource file : files) {
			try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
				registry.merge(new SchemaParser().parse(reader));
			}
		}
		List<String> personalTypes = new ArrayList<>();
		List<String> unguarded = new ArrayList<>();
		for (ObjectTypeDefinition type : registry.getTypes(ObjectTypeDefinition.class)) {
			if (type instanceof ObjectTypeExtensionDefinition || !type.hasDirective("personalData")) {
				continue;
			}
			personalTypes.add(type.getName());
			List<FieldDefinition> fields = new ArrayList<>(type.getFieldDefinitions());
			registry.objectTypeExtensions()
				.getOrDefault(type.getName(), List.of())
				.forEach((extension) -> fields.addAll(extension.getFieldDefinitions()));
			for (FieldDefinition field : fields) {
				if (!field.hasDirective("category") && !field.hasDirective("unrestricted")) {
					unguarded.add(type.getName() + "." + field.getName());
				}
			}
		}
		assertThat(personalTypes).contains("Family", "Plan", "PlanSnapshot", "Meeting", "Measure", "Assessment",
				"RegisterObservation", "ExperienceSurvey", "TimelineEvent");
		assertThat(unguarded).isEmpty();
	}

}
