package dk.kk.hfi.system;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The scalars of the schema, from graphql-java-extended-scalars. */
@Configuration(proxyBeanMethods = false)
class GraphQlScalars {

	@Bean
	RuntimeWiringConfigurer scalarsConfigurer() {
		return (wiring) -> wiring.scalar(ExtendedScalars.Date).scalar(dateTimeAcceptingInstants());
	}

	/**
	 * Documents store instants; the extended DateTime scalar serializes offset date-times
	 * only.
	 */
	private static GraphQLScalarType dateTimeAcceptingInstants() {
		Coercing<Object, Object> delegate = (Coercing<Object, Object>) ExtendedScalars.DateTime.getCoercing();
		Coercing<Object, Object> coercing = new Coercing<>() {

			@Override
			public Object serialize(Object value, GraphQLContext context, Locale locale) {
				Object offsetValue = (value instanceof Instant instant) ? instant.atOffset(ZoneOffset.UTC) : value;
				return delegate.serialize(offsetValue, context, locale);
			}

			@Override
			public Object parseValue(Object input, GraphQLContext context, Locale locale) {
				return delegate.parseValue(input, context, locale);
			}

			@Override
			public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				return delegate.parseLiteral(input, variables, context, locale);
			}

			@Override
			public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
				return delegate.valueToLiteral(input, context, locale);
			}

		};
		return ExtendedScalars.DateTime.transform((builder) -> builder.coercing(coercing));
	}

}
