package dk.kk.hfi.access;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.ErrorCode;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.common.PersonalData;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.course.CourseStatus;
import dk.kk.hfi.domain.family.Family;

/**
 * Guards one operation declared {@code @allow}: finds the family it concerns within the
 * caller's scope, and the record it names if the caller may read it (NOT_FOUND, the same
 * for a hidden family's record, a withheld record and an id that does not exist), then
 * asks the {@link OperationPolicy} (FORBIDDEN), then, where declared, whether the caller
 * may read the category the operation changes. Only then does the operation run and
 * validate its input.
 */
final class OperationGuard implements DataFetcher<Object> {

	private final DataFetcher<?> delegate;

	private final String operation;

	private final OperationRule rule;

	/**
	 * The GraphQL enum type of the {@code ownerBy} argument, resolved when the schema is
	 * built.
	 */
	private final @Nullable String kindType;

	/**
	 * Input fields that read a category when given, by argument path ({@code @category}
	 * on the input field).
	 */
	private final Map<String, List<DataCategory>> categoryInputs;

	private final OperationTargets targets;

	OperationGuard(DataFetcher<?> delegate, String operation, OperationRule rule, @Nullable String kindType,
			Map<String, List<DataCategory>> categoryInputs, OperationTargets targets) {
		this.delegate = delegate;
		this.operation = operation;
		this.rule = rule;
		this.kindType = kindType;
		this.categoryInputs = Map.copyOf(categoryInputs);
		this.targets = targets;
	}

	@Override
	public Object get(DataFetchingEnvironment env) throws Exception {
		AccessContext access = AccessContext.of(env.getGraphQlContext());
		if (access == null) {
			// Fail closed: an operation outside an access context is a defect.
			throw new IllegalStateException("Operation without access context");
		}
		Caller caller = access.caller();
		Family family = null;
		Set<Administration> owners = Family.MEMBER_DATA_OWNERS;
		if (env.getSource() instanceof Family parent) {
			family = parent;
		}
		else if (this.rule.family() != null) {
			String argument = this.rule.family();
			family = this.targets.family(caller, text(env.getArguments(), argument), access.today())
				.orElseThrow(() -> notFound("Family", argument));
		}
		else if (this.rule.record() != null) {
			String argument = this.rule.record();
			RecordLocator locator = this.targets.locator(lastSegment(argument));
			String id = text(env.getArguments(), argument);
			Optional<RecordLocator.Located> located = (id != null) ? locator.locate(id) : Optional.empty();
			family = located.flatMap((found) -> this.targets.family(caller, found.familyId(), access.today()))
				.filter((inScope) -> readable(access, located.get().withheldUnlessReadable()))
				.orElseThrow(() -> notFound(locator.recordName(), argument));
			owners = located.get().owners();
		}
		DataCategory createdCategory = null;
		if (this.rule.ownerBy() != null) {
			String kind = text(env.getArguments(), this.rule.ownerBy());
			// Resolved for every rule with ownerBy.
			String kindType = Objects.requireNonNull(this.kindType);
			owners = (kind != null) ? Set.of(this.targets.ownerOf(kindType, kind)) : Set.of();
			createdCategory = (kind != null) ? this.targets.categoryOf(kindType, kind) : null;
		}
		if (!OperationPolicy.permits(caller, this.rule.to(), family, owners, access.today())) {
			throw new HfiException(ErrorCode.FORBIDDEN, this.operation + " may be run only by: " + this.rule.describe(),
					Map.of("allowed", this.rule.to().stream().map(CallerRelation::name).sorted().toList()));
		}
		if (this.rule.courseOpen() && family != null && family.course() != null
				&& family.course().status() == CourseStatus.CLOSED) {
			throw new HfiException(ErrorCode.FORBIDDEN,
					this.operation + " is closed with the family's course: its records are read-only",
					Map.of("reason", "COURSE_CLOSED"));
		}
		for (DataCategory category : this.rule.reading()) {
			if (family != null) {
				requireChanging(category, access.decideForFamily(family, category));
			}
		}
		// Then what the input gives: a value of a category is one the caller must read.
		for (Map.Entry<String, List<DataCategory>> input : this.categoryInputs.entrySet()) {
			if (text(env.getArguments(), input.getKey()) != null) {
				for (DataCategory category : input.getValue()) {
					requireReading(caller, access, family, input.getKey(), category);
				}
			}
		}
		String subject = (this.rule.subject() != null) ? text(env.getArguments(), this.rule.subject()) : null;
		// A member not of the family is the operation's NOT_FOUND to tell: existence
		// before permission.
		if (createdCategory != null && family != null && (subject == null || family.member(subject).isPresent())) {
			// Nobody records what they could not read back: the record would be withheld
			// from its own payload.
			requireChanging(createdCategory, access.decideForRecord(family, createdCategory, owners,
					(subject != null) ? List.of(subject) : List.of()));
		}
		return this.delegate.get(env);
	}

	private void requireChanging(DataCategory category, AccessDecision decision) {
		if (!decision.permitted()) {
			throw new HfiException(ErrorCode.FORBIDDEN,
					this.operation + " changes data you may not read: it needs the family's consent for " + category,
					Map.of("category", category.name(), "reason",
							// Denied, so it has its reason.
							Objects.requireNonNull(decision.reason()).name()));
		}
	}

	/**
	 * An input field declaring a category reads it: in the family the operation concerns,
	 * or in every family of the caller's scope where it filters families.
	 */
	private void requireReading(Caller caller, AccessContext access, @Nullable Family family, String path,
			DataCategory category) {
		boolean reads = (family != null) ? access.decideForFamily(family, category).permitted()
				: AccessPolicy.readsAcrossScope(caller, category);
		if (!reads) {
			throw new HfiException(ErrorCode.FORBIDDEN,
					this.operation + ": " + path + " is the family's " + category + " data, which you may not read",
					Map.of("category", category.name()));
		}
	}

	/**
	 * Whether a record withheld whole from whom may not read it is readable, exactly as
	 * {@link RecordWithholder} decides for lists; a record that is never withheld is.
	 */
	private static boolean readable(AccessContext access, @Nullable PersonalData record) {
		if (record == null) {
			return true;
		}
		DataCategory category = record.category();
		return category != null && access.mayRead(record, category);
	}

	private static HfiException notFound(String record, String argument) {
		return new HfiException(ErrorCode.NOT_FOUND, record + " was not found", Map.of("argument", argument));
	}

	/** The value at a dotted argument path ({@code input.familyId}), or null. */
	static @Nullable String text(Map<String, Object> arguments, String path) {
		Object value = arguments;
		for (String segment : path.split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return null;
			}
			value = map.get(segment);
		}
		return (value != null) ? value.toString() : null;
	}

	static String lastSegment(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}

}
