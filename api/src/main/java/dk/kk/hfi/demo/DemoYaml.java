package dk.kk.hfi.demo;

import java.io.InputStream;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the demo's hand-written YAML is read ({@code demo/content.yml},
 * {@code demo/families}): with YAML 1.2's plain scalars, so a date stays text and only
 * true and false are booleans (YAML 1.1 would read a transition's {@code on} as true),
 * and mapped strictly onto the records, so a misspelt property is an error.
 */
final class DemoYaml {

	private static final Pattern YAML_12_BOOLEAN = Pattern.compile("^(?:true|false)$");

	private DemoYaml() {
	}

	/** The document as maps, lists and scalars. */
	static <T> T load(InputStream in) {
		DumperOptions dumperOptions = new DumperOptions();
		LoaderOptions loaderOptions = new LoaderOptions();
		return new Yaml(new SafeConstructor(loaderOptions), new Representer(dumperOptions), dumperOptions,
				loaderOptions, new Resolver() {

					@Override
					public void addImplicitResolver(Tag tag, Pattern regexp, @Nullable String first, int limit) {
						if (Tag.BOOL.equals(tag)) {
							super.addImplicitResolver(tag, YAML_12_BOOLEAN, "tf", limit);
						}
						else if (!Tag.TIMESTAMP.equals(tag)) {
							super.addImplicitResolver(tag, regexp, first, limit);
						}
					}

				})
			.load(in);
	}

	/** A mapper that refuses properties the records do not have. */
	static JsonMapper.Builder strictMapper() {
		return JsonMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
	}

}
