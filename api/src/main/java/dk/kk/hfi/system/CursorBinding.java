package dk.kk.hfi.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;

import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.relay.Connection;
import graphql.relay.ConnectionCursor;
import graphql.relay.DefaultConnection;
import graphql.relay.DefaultConnectionCursor;
import graphql.relay.DefaultEdge;
import graphql.relay.DefaultPageInfo;
import graphql.relay.Edge;
import graphql.relay.PageInfo;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.PropertyDataFetcher;
import org.jspecify.annotations.Nullable;

import dk.kk.hfi.access.AccessContext;
import dk.kk.hfi.common.CursorSeal;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.caller.ProfessionalCaller;

/**
 * Binds every cursor to the caller it was issued to and the connection it was issued for.
 * On every field with an {@code after} or {@code before} argument, or whose type is a
 * connection, the cursors sent are opened ({@link CursorSeal}) before the field's data
 * fetcher runs, and the cursors of the connection it answers are sealed, both with the
 * same binding: the caller (kind and id), the field ("Type.field"), the id of the object
 * the field is on (a family's access log is that family's), and every other argument (the
 * filters). A cursor sent by another caller, to another field, for another object or with
 * other filters is BAD_USER_INPUT with the message of an altered one.
 * <p>
 * Inside the server a cursor is the plain keyset position Spring for GraphQL's cursor
 * strategy writes and reads ({@link CursorConfiguration}); it never leaves unsealed. This
 * is an instrumentation, not a schema visitor, so that it wraps whatever the schema's
 * visitors made of the field, Spring's connection adapter included, whatever their order.
 */
final class CursorBinding extends SimplePerformantInstrumentation {

	/** The arguments that page rather than choose what is paged. */
	private static final Set<String> PAGING_ARGUMENTS = Set.of("first", "last", "after", "before");

	private final CursorSeal seal;

	CursorBinding(CursorSeal seal) {
		this.seal = seal;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		if (parameters.isTrivialDataFetcher() || !paged(parameters.getField())) {
			return dataFetcher;
		}
		return (env) -> {
			String binding = binding(env);
			Object result = dataFetcher.get(opened(env, binding));
			return sealed(result, binding);
		};
	}

	private static boolean paged(GraphQLFieldDefinition field) {
		if (field.getArgument("after") != null || field.getArgument("before") != null) {
			return true;
		}
		GraphQLType type = GraphQLTypeUtil.unwrapNonNull(field.getType());
		return type instanceof GraphQLObjectType object && object.getName().endsWith("Connection")
				&& object.getFieldDefinition("edges") != null && object.getFieldDefinition("pageInfo") != null;
	}

	/** The environment with the cursors sent opened to their positions. */
	private DataFetchingEnvironment opened(DataFetchingEnvironment env, String binding) {
		Object after = env.getArgument("after");
		Object before = env.getArgument("before");
		if (after == null && before == null) {
			return env;
		}
		Map<String, Object> arguments = new HashMap<>(env.getArguments());
		if (after != null) {
			arguments.put("after", this.seal.open(after.toString(), binding));
		}
		if (before != null) {
			arguments.put("before", this.seal.open(before.toString(), binding));
		}
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env).arguments(arguments).build();
	}

	/** The answer with its connection's cursors sealed. */
	private @Nullable Object sealed(@Nullable Object result, String binding) {
		if (result instanceof CompletionStage<?> stage) {
			return stage.thenApply((value) -> sealed(value, binding));
		}
		if (result instanceof DataFetcherResult<?> wrapped) {
			return DataFetcherResult.newResult()
				.data(sealed(wrapped.getData(), binding))
				.errors(wrapped.getErrors())
				.localContext(wrapped.getLocalContext())
				.extensions(wrapped.getExtensions())
				.build();
		}
		if (result instanceof Connection<?> connection) {
			return sealedConnection(connection, binding);
		}
		if (result == null) {
			return null;
		}
		// Fail closed: positions in an answer this does not know would leave unsealed.
		throw new IllegalStateException("Paged field answered " + result.getClass().getName());
	}

	private <T> Connection<T> sealedConnection(Connection<T> connection, String binding) {
		// The page's first and last cursors are its edges': sealed once, they stay equal.
		Map<ConnectionCursor, ConnectionCursor> sealed = new IdentityHashMap<>();
		List<Edge<T>> edges = new ArrayList<>(connection.getEdges().size());
		for (Edge<T> edge : connection.getEdges()) {
			edges.add(new DefaultEdge<>(edge.getNode(), sealedCursor(edge.getCursor(), binding, sealed)));
		}
		PageInfo pageInfo = connection.getPageInfo();
		return new DefaultConnection<>(edges,
				new DefaultPageInfo(sealedCursor(pageInfo.getStartCursor(), binding, sealed),
						sealedCursor(pageInfo.getEndCursor(), binding, sealed), pageInfo.isHasPreviousPage(),
						pageInfo.isHasNextPage()));
	}

	private @Nullable ConnectionCursor sealedCursor(@Nullable ConnectionCursor cursor, String binding,
			Map<ConnectionCursor, ConnectionCursor> sealed) {
		if (cursor == null) {
			return null;
		}
		return sealed.computeIfAbsent(cursor,
				(plain) -> new DefaultConnectionCursor(this.seal.seal(plain.getValue(), binding)));
	}

	/**
	 * What a cursor of this field is for: the caller, the field, the object it is on and
	 * the other arguments, one per line (the same request gives the same text).
	 */
	static String binding(DataFetchingEnvironment env) {
		StringBuilder binding = new StringBuilder();
		AccessContext access = AccessContext.of(env.getGraphQlContext());
		Caller caller = (access != null) ? access.caller() : null;
		if (caller != null) {
			binding.append((caller instanceof ProfessionalCaller) ? "professional " : "client ")
				.append(quoted(caller.id()));
		}
		GraphQLNamedType parent = (GraphQLNamedType) env.getParentType();
		binding.append('\n').append(parent.getName()).append('.').append(env.getFieldDefinition().getName());
		Object parentId = parentId(env);
		binding.append('\n');
		if (parentId != null) {
			binding.append(quoted(parentId.toString()));
		}
		Map<String, Object> arguments = new TreeMap<>(env.getArguments());
		arguments.keySet().removeAll(PAGING_ARGUMENTS);
		binding.append('\n');
		canonical(arguments, binding);
		return binding.toString();
	}

	/** The id of the object the field is on, if its type has one. */
	private static @Nullable Object parentId(DataFetchingEnvironment env) {
		Object source = env.getSource();
		if (source == null || !(env.getParentType() instanceof GraphQLObjectType parent)) {
			return null;
		}
		GraphQLFieldDefinition id = parent.getFieldDefinition("id");
		if (id == null) {
			return null;
		}
		try {
			return PropertyDataFetcher.fetching("id").get(id, source, () -> env);
		}
		catch (Exception ex) {
			throw new IllegalStateException("No id on the parent of a paged field", ex);
		}
	}

	/**
	 * An argument's value as text that tells values apart: maps by sorted key, without
	 * the entries left null or empty (as if not given: {@code filter: {}} pages on with a
	 * cursor of no filter).
	 */
	private static void canonical(@Nullable Object value, StringBuilder out) {
		if (value instanceof Map<?, ?> map) {
			out.append('{');
			new TreeMap<>(map).forEach((key, entry) -> {
				if (!unset(entry)) {
					out.append(quoted(key.toString())).append(':');
					canonical(entry, out);
					out.append(',');
				}
			});
			out.append('}');
		}
		else if (value instanceof Iterable<?> list) {
			out.append('[');
			for (Object item : list) {
				canonical(item, out);
				out.append(',');
			}
			out.append(']');
		}
		else if (value == null) {
			out.append("null");
		}
		else {
			out.append(quoted(value.toString()));
		}
	}

	/** Null, or a map of nothing but unset entries. */
	private static boolean unset(@Nullable Object value) {
		return value == null
				|| (value instanceof Map<?, ?> map && map.values().stream().allMatch(CursorBinding::unset));
	}

	private static String quoted(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

}
