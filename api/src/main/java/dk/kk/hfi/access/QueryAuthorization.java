package dk.kk.hfi.access;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;

import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

import dk.kk.hfi.common.ErrorCode;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.domain.caller.Caller;

/**
 * For endpoints outside GraphQL that serve what a query serves (a report as CSV): the
 * query's {@code @allow} in the schema decides, through the same {@link OperationPolicy},
 * so the rule is declared once.
 */
@Component
public class QueryAuthorization {

	private final GraphQlSource graphQl;

	QueryAuthorization(GraphQlSource graphQl) {
		this.graphQl = graphQl;
	}

	/**
	 * FORBIDDEN unless the caller may run the query; only for queries about no particular
	 * family.
	 */
	public void requireAllowed(Caller caller, String queryField, LocalDate today) {
		GraphQLFieldDefinition field = this.graphQl.schema().getQueryType().getFieldDefinition(queryField);
		GraphQLAppliedDirective allow = (field != null) ? field.getAppliedDirective(OperationRule.DIRECTIVE) : null;
		if (allow == null) {
			throw new IllegalStateException("No @allow on query " + queryField);
		}
		OperationRule rule = OperationRule.of(allow);
		if (!OperationPolicy.permits(caller, rule.to(), null, Set.of(), today)) {
			throw new HfiException(ErrorCode.FORBIDDEN, queryField + " may be run only by: " + rule.describe(),
					Map.of("allowed", rule.to().stream().map(CallerRelation::name).sorted().toList()));
		}
	}

}
