package dk.kk.hfi.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A CPR number, {@code DDMMYY-SSSS} or ten digits with a valid date; null is valid. */
@Documented
@Constraint(validatedBy = ValidCpr.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidCpr {

	String message() default "must be a CPR number DDMMYY-SSSS with a valid date";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the format and the date part. */
	class Validator implements ConstraintValidator<ValidCpr, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || Cpr.isValid(value);
		}

	}

}
