package dk.kk.hfi.access;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import dk.kk.hfi.caller.Caller;
import dk.kk.hfi.consent.ConsentRepository;
import dk.kk.hfi.family.FamilyRepository;

/**
 * Wires the one access mechanism: the schema visitor that guards every {@code @category} field, and the
 * interceptor that gives each request its {@link AccessContext}.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer accessSchemaCustomizer() {
		return (builder) -> builder.typeVisitors(java.util.List.of(new AccessSchemaVisitor()));
	}

	@Bean
	WebGraphQlInterceptor accessContextInterceptor(FamilyRepository families, ConsentRepository consents) {
		return (request, chain) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
				AccessContext access = new AccessContext(caller, families, consents, request.getOperationName());
				request.configureExecutionInput((input, builder) -> builder
					.graphQLContext((context) -> context.put(AccessContext.class, access))
					.build());
			}
			return chain.next(request);
		};
	}

}
