package dk.kk.hfi.plan;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.domain.family.Member;

/** Why a missing voice is flagged. */
public enum MissingVoiceReason {

	FATHER, MOTHER, OTHER_PARENT, CHILD, OLDER_CHILD;

	/**
	 * Why the plan should hear the member, or null: every parent figure, and children
	 * from six (fathers and older children are the ones most often missing). A child
	 * without a date of birth counts as an older child.
	 */
	static @Nullable MissingVoiceReason toHear(Member member, LocalDate today) {
		Integer age = member.ageOn(today);
		return switch (member.role()) {
			case FATHER, STEP_PARENT -> FATHER;
			case MOTHER -> MOTHER;
			case GUARDIAN -> OTHER_PARENT;
			case CHILD -> (age == null || age >= 10) ? OLDER_CHILD : (age >= 6) ? CHILD : null;
			case OTHER -> null;
		};
	}

}
