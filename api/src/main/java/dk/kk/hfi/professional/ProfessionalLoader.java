package dk.kk.hfi.professional;

import java.util.HashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRepository;

/**
 * Resolves professionals referenced by id anywhere in the graph (the {@code @reference}
 * fields), one round trip per batch.
 */
@Component
public class ProfessionalLoader {

	ProfessionalLoader(ProfessionalRepository professionals, BatchLoaderRegistry registry) {
		registry.forTypePair(String.class, Professional.class)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> {
				Map<String, Professional> byId = new HashMap<>();
				professionals.findAllById(ids).forEach((professional) -> byId.put(professional.id(), professional));
				return byId;
			}));
	}

}
