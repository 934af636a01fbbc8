package dk.kk.hfi.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import graphql.language.AstPrinter;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import dk.kk.hfi.common.ErrorCode;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.caller.PartnerClientCaller;

/**
 * Which document a request runs. Partner clients run only the documents registered for
 * them ({@code trusted-documents/<clientId>/*.graphql}, by the SHA-256 hash of the file's
 * text, or the same document sent as text); professionals' clients may send any document,
 * and may send it by hash once they sent it with it (Apollo's automatic persisted
 * queries, kept in a bounded cache per caller).
 */
@Component
public class PersistedDocuments {

	static final String LOCATION = "classpath*:trusted-documents/*/*.graphql";

	private static final Logger logger = LoggerFactory.getLogger(PersistedDocuments.class);

	private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

	private static final int MAX_CALLERS = 100;

	private static final int MAX_CACHED_PER_CALLER = 20;

	/** Client id → hash → document. */
	private final Map<String, Map<String, String>> trusted = new HashMap<>();

	/**
	 * Client id → the registered documents printed compactly (sent as text, a document
	 * matches by its form).
	 */
	private final Map<String, Set<String>> trustedForms = new HashMap<>();

	/**
	 * Caller id → hash → document. Per caller, as a shared cache would run a hash for
	 * anyone once someone sent its document, telling whether someone recently sent that
	 * exact text (a search for a person's name); and one caller's documents never push
	 * out another's.
	 */
	private final Map<String, Map<String, String>> automatic = leastRecentlyUsedFirst(MAX_CALLERS);

	PersistedDocuments() throws IOException {
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
			String clientId = clientOf(resource);
			String text = resource.getContentAsString(StandardCharsets.UTF_8);
			this.trusted.computeIfAbsent(clientId, (id) -> new TreeMap<>()).put(sha256(text), text);
			this.trustedForms.computeIfAbsent(clientId, (id) -> new java.util.HashSet<>()).add(form(text));
		}
		this.trusted
			.forEach((clientId, documents) -> logger.info("{} trusted documents for {}", documents.size(), clientId));
	}

	/**
	 * The registered documents of every client by hash: the reviewable list of what each
	 * partner reads.
	 */
	public Map<String, Map<String, String>> trusted() {
		return Map.copyOf(this.trusted);
	}

	/**
	 * The document to run for the caller, given the request's text (null when only a hash
	 * was sent) and its {@code persistedQuery} extension (null when none).
	 */
	Resolution resolve(@Nullable Caller caller, @Nullable String text, @Nullable Map<?, ?> persistedQuery) {
		String hash = null;
		if (persistedQuery != null) {
			Object version = persistedQuery.get("version");
			Object sha = persistedQuery.get("sha256Hash");
			if (!(version instanceof Number number && number.intValue() == 1) || !(sha instanceof String given)
					|| !SHA_256.matcher(given).matches()) {
				return Resolution.refused(ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
						"Persisted queries are supported as version 1 with a lower-case hex sha256Hash");
			}
			hash = given;
			if (text != null && !sha256(text).equals(hash)) {
				return Resolution.refused(ErrorCode.BAD_USER_INPUT,
						"The persisted query's sha256Hash is not the SHA-256 of the query sent with it");
			}
		}
		if (caller instanceof PartnerClientCaller client) {
			return trustedFor(client.clientId(), text, hash);
		}
		if (hash == null) {
			return Resolution.run(text);
		}
		if (text != null) {
			if (caller != null && text.length() <= ParsedDocumentCache.MAX_QUERY_LENGTH) {
				synchronized (this.automatic) {
					this.automatic.computeIfAbsent(caller.id(), (id) -> leastRecentlyUsedFirst(MAX_CACHED_PER_CALLER))
						.put(hash, text);
				}
			}
			return Resolution.run(text);
		}
		String known = lookUp(caller, hash);
		return (known != null) ? Resolution.run(known) : Resolution.refused(ErrorCode.PERSISTED_QUERY_NOT_FOUND,
				"Persisted query not found: send the query with its hash");
	}

	/**
	 * The document the hash stands for, for this caller, if it is known (no side
	 * effects).
	 */
	@Nullable String lookUp(@Nullable Caller caller, String hash) {
		if (caller instanceof PartnerClientCaller client) {
			return this.trusted.getOrDefault(client.clientId(), Map.of()).get(hash);
		}
		if (caller == null) {
			return null;
		}
		synchronized (this.automatic) {
			Map<String, String> sent = this.automatic.get(caller.id());
			return (sent != null) ? sent.get(hash) : null;
		}
	}

	/** A map that drops its least recently used entry beyond {@code max}. */
	private static <V> Map<String, V> leastRecentlyUsedFirst(int max) {
		return new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
				return size() > max;
			}

		};
	}

	private Resolution trustedFor(String clientId, @Nullable String text, @Nullable String hash) {
		if (hash != null) {
			String registered = this.trusted.getOrDefault(clientId, Map.of()).get(hash);
			if (registered != null) {
				return Resolution.run(registered);
			}
		}
		else if (text != null && isForm(clientId, text)) {
			return Resolution.run(text);
		}
		return Resolution.refused(ErrorCode.TRUSTED_DOCUMENT_REQUIRED, "Partner clients may run only the documents "
				+ "registered for them: send a registered document's sha256Hash (see the partner guide)");
	}

	private boolean isForm(String clientId, String text) {
		Set<String> forms = this.trustedForms.get(clientId);
		if (forms == null) {
			return false;
		}
		try {
			return forms.contains(form(text));
		}
		catch (RuntimeException ex) {
			// Not a parseable document, so not a registered one.
			return false;
		}
	}

	private static String form(String text) {
		return AstPrinter.printAstCompact(Parser.parse(text));
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String clientOf(Resource resource) throws IOException {
		String path = resource.getURL().getPath();
		String[] parts = path.split("/");
		return parts[parts.length - 2];
	}

	/** A document to run, or the code and message of a refusal. */
	record Resolution(@Nullable String document, @Nullable ErrorCode refusal, @Nullable String message) {

		static Resolution run(@Nullable String document) {
			return new Resolution(document, null, null);
		}

		static Resolution refused(ErrorCode code, String message) {
			return new Resolution(null, code, message);
		}

	}

}
