package dk.kk.hfi.system;

import java.util.Map;
import java.util.Objects;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dk.kk.hfi.domain.caller.Caller;

/**
 * Puts the document {@link PersistedDocuments} resolves into the request, or answers with
 * its refusal before anything is parsed or run. Right inside
 * {@link ErrorCodeInterceptor}, so refusals keep their codes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PersistedDocumentInterceptor implements WebGraphQlInterceptor {

	private final PersistedDocuments documents;

	PersistedDocumentInterceptor(PersistedDocuments documents) {
		this.documents = documents;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Caller caller = (authentication != null && authentication.getPrincipal() instanceof Caller c) ? c : null;
		String text = request.getDocument();
		if (PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(text)) {
			text = null;
		}
		Object extension = request.getExtensions().get("persistedQuery");
		PersistedDocuments.Resolution resolution = this.documents.resolve(caller, text,
				(extension instanceof Map<?, ?> map) ? map : null);
		if (resolution.refusal() != null) {
			ExecutionResult refused = ExecutionResult.newExecutionResult()
				.addError(GraphqlErrorBuilder.newError()
					.message(resolution.message())
					.extensions(Map.of("code", resolution.refusal().name()))
					.build())
				.build();
			return Mono
				.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), refused)));
		}
		// Not refused, so it has its document.
		if (!Objects.requireNonNull(resolution.document()).equals(request.getDocument())) {
			String document = resolution.document();
			request.configureExecutionInput((input, builder) -> builder.query(document).build());
		}
		return chain.next(request);
	}

}
