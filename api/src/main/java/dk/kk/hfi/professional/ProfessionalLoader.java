package dk.kk.hfi.professional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRepository;

/**
 * Resolves professionals referenced by id anywhere in the graph, one round trip per
 * batch.
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

	public static CompletableFuture<List<Professional>> loadAll(DataLoader<String, Professional> loader,
			List<String> ids) {
		return loader.loadMany(ids).thenApply((found) -> found.stream().filter(Objects::nonNull).toList());
	}

	public static CompletableFuture<Professional> load(DataLoader<String, Professional> loader, @Nullable String id) {
		return (id != null) ? loader.load(id) : CompletableFuture.completedFuture(null);
	}

}
