package dk.kk.hfi.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses and validates each distinct query text once: a bounded LRU of parsed, validated
 * documents (clients send the same few documents again and again). Queries longer than
 * {@value #MAX_QUERY_LENGTH} characters are not cached, so the cache holds at most
 * {@value #MAX_ENTRIES} × that many characters of query text.
 */
@Configuration(proxyBeanMethods = false)
public class ParsedDocumentCache implements PreparsedDocumentProvider {

	static final int MAX_ENTRIES = 500;

	static final int MAX_QUERY_LENGTH = 16 * 1024;

	private final Map<Key, PreparsedDocumentEntry> entries = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, PreparsedDocumentEntry> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		if (query == null || query.length() > MAX_QUERY_LENGTH) {
			return CompletableFuture.completedFuture(parseAndValidate.apply(input));
		}
		Key key = new Key(query, input.getLocale());
		PreparsedDocumentEntry entry;
		synchronized (this.entries) {
			entry = this.entries.get(key);
		}
		if (entry == null) {
			// Parsed outside the lock; two threads may parse the same new query once
			// each, which is harmless.
			entry = parseAndValidate.apply(input);
			synchronized (this.entries) {
				this.entries.put(key, entry);
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** How many documents are cached. */
	public int size() {
		synchronized (this.entries) {
			return this.entries.size();
		}
	}

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCacheCustomizer() {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(this));
	}

	private record Key(String query, Locale locale) {
	}

}
