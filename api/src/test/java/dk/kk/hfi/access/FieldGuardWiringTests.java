package dk.kk.hfi.access;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import dk.kk.hfi.AccessSliceTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guards as wired into the schema (in the slice: the same SDL, controllers and access
 * mechanism as the running application): around a property look-up a guard stays trivial,
 * so Spring for GraphQL does not wrap every guarded field of every response; around a
 * controller method or a data loader it does not claim to be.
 */
class FieldGuardWiringTests extends AccessSliceTestSupport {

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void aGuardIsAsTrivialAsTheFetcherItWraps() {
		assertThat(fetcher("Member", "cpr")).isInstanceOf(FieldGuard.class).isInstanceOf(TrivialDataFetcher.class);
		assertThat(fetcher("Measure", "yearlyCostDkk")).isInstanceOf(FieldGuard.class)
			.isInstanceOf(TrivialDataFetcher.class);
		// Measure.member loads through a data loader (@reference).
		assertThat(fetcher("Measure", "member")).isNotInstanceOf(TrivialDataFetcher.class);
	}

	private DataFetcher<?> fetcher(String type, String field) {
		GraphQLSchema schema = this.graphQlSource.schema();
		return schema.getCodeRegistry()
			.getDataFetcher(FieldCoordinates.coordinates(type, field),
					schema.getObjectType(type).getFieldDefinition(field));
	}

}
