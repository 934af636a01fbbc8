package dk.kk.hfi.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import dk.kk.hfi.domain.RequestSnapshot;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.consent.ConsentRepository;
import dk.kk.hfi.domain.family.FamilyRepository;

/**
 * Wires the one access mechanism: the schema visitor that guards every {@code @category}
 * field, and the interceptor that gives each request its {@link RequestSnapshot},
 * {@link AccessContext} and {@link AuditTrail}.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer accessSchemaCustomizer(MongoTemplate mongo, List<RecordLocator> locators,
			List<KindOwner> kindOwners) {
		OperationTargets targets = new OperationTargets(mongo, locators, kindOwners);
		return (builder) -> builder.typeVisitors(List.of(new AccessSchemaVisitor(targets)));
	}

	/**
	 * The response says once per family and category which records were withheld from the
	 * caller's view.
	 */
	@Bean
	Instrumentation withheldNoticesInstrumentation() {
		return new SimplePerformantInstrumentation() {
			@Override
			public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
					InstrumentationExecutionParameters parameters, InstrumentationState state) {
				AccessContext access = AccessContext.of(parameters.getGraphQLContext());
				List<WithheldNotice> notices = (access != null) ? access.withheldNotices() : List.of();
				if (notices.isEmpty()) {
					return CompletableFuture.completedFuture(result);
				}
				Map<Object, Object> extensions = new LinkedHashMap<>();
				if (result.getExtensions() != null) {
					extensions.putAll(result.getExtensions());
				}
				extensions.put("withheld",
						notices.stream()
							.map((notice) -> Map.of("familyId", notice.familyId(), "category", notice.category().name(),
									"reason", notice.reason().name()))
							.toList());
				return CompletableFuture.completedFuture(result.transform((builder) -> builder.extensions(extensions)));
			}
		};
	}

	@Bean
	WebGraphQlInterceptor accessContextInterceptor(FamilyRepository families, ConsentRepository consents, Clock clock) {
		return (request, chain) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
				RequestSnapshot records = new RequestSnapshot(families, consents);
				AuditTrail audit = new AuditTrail(caller, request.getOperationName());
				AccessContext access = new AccessContext(caller, records, audit, LocalDate.now(clock));
				request
					.configureExecutionInput((input,
							builder) -> builder.graphQLContext((context) -> context.put(RequestSnapshot.class, records)
								.put(AuditTrail.class, audit)
								.put(AccessContext.class, access)).build());
			}
			return chain.next(request);
		};
	}

}
