package dk.kk.hfi.access;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.EnumValue;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.StringValue;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileCopyUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when an operation declares nothing about who may run it, and keeps the
 * table of who may do what ({@code docs/access.md}) equal to the schema's declarations.
 */
class OperationRuleSchemaTests {

	@Test
	void everyQueryAndMutationDeclaresWhoMayRunIt() throws IOException {
		List<String> undeclared = new ArrayList<>();
		operations(schema()).forEach((name, field) -> {
			if (!field.hasDirective(OperationRule.DIRECTIVE)) {
				undeclared.add(name);
			}
		});
		assertThat(undeclared).as("Query and Mutation fields without @allow").isEmpty();
	}

	@Test
	void documentedTableOfWhoMayDoWhatMatchesTheSchema() throws IOException {
		String table = table(schema());
		// Written where a developer can splice it into docs/access.md between the
		// markers.
		Files.writeString(Path.of("target", "who-may-do-what.md"), table, StandardCharsets.UTF_8);
		String documented = Files.readString(Path.of("..", "docs", "access.md"), StandardCharsets.UTF_8);
		assertThat(documented).as("docs/access.md's table of who may do what; expected:%n%s", table).contains(table);
	}

	/** The table, one row per operation, generated from the SDL. */
	static String table(TypeDefinitionRegistry registry) {
		StringBuilder table = new StringBuilder(
				"| operation | who may run it | the family concerned |\n|---|---|---|\n");
		Map<String, FieldDefinition> operations = operations(registry);
		operations.forEach((name, field) -> {
			Directive allow = field.getDirectives(OperationRule.DIRECTIVE).get(0);
			List<String> relations = ((ArrayValue) allow.getArgument("to").getValue()).getValues()
				.stream()
				.map((value) -> ((EnumValue) value).getName())
				.toList();
			StringBuilder concerning = new StringBuilder();
			for (String argument : List.of("family", "record", "ownerBy", "subject", "reading", "courseOpen")) {
				if (allow.getArgument(argument) != null) {
					Object value = allow.getArgument(argument).getValue();
					String text = (value instanceof StringValue string) ? string.getValue()
							: (value instanceof EnumValue enumValue) ? enumValue.getName()
									: (value instanceof ArrayValue list)
											? list.getValues()
												.stream()
												.map((element) -> ((EnumValue) element).getName())
												.collect(Collectors.joining(", ", "[", "]"))
											: ((BooleanValue) value).isValue() + "";
					concerning.append(concerning.isEmpty() ? "" : ", ")
						.append(argument)
						.append(": `")
						.append(text)
						.append('`');
				}
			}
			table.append("| `")
				.append(name)
				.append("` | ")
				.append(String.join(", ", relations))
				.append(" | ")
				.append(concerning.isEmpty() ? "—" : concerning)
				.append(" |\n");
		});
		return table.toString();
	}

	private static Map<String, FieldDefinition> operations(TypeDefinitionRegistry registry) {
		Map<String, FieldDefinition> operations = new TreeMap<>();
		for (String type : List.of("Query", "Mutation")) {
			List<ObjectTypeDefinition> definitions = new ArrayList<>();
			registry.getType(type, ObjectTypeDefinition.class).ifPresent(definitions::add);
			definitions.addAll(registry.objectTypeExtensions().getOrDefault(type, List.of()));
			definitions.forEach((definition) -> definition.getFieldDefinitions()
				.forEach((field) -> operations.put(type + "." + field.getName(), field)));
		}
		registry.objectTypeExtensions()
			.getOrDefault("Family", List.of())
			.stream()
			.flatMap((extension) -> extension.getFieldDefinitions().stream())
			.filter((field) -> field.hasDirective(OperationRule.DIRECTIVE))
			.forEach((field) -> operations.put("Family." + field.getName(), field));
		return operations;
	}

	static TypeDefinitionRegistry schema() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/**/*.graphqls");
		assertThat(files).isNotEmpty();
		for (Resource file : files) {
			String sdl = FileCopyUtils
				.copyToString(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8));
			registry.merge(new SchemaParser().parse(sdl));
		}
		return registry;
	}

}
