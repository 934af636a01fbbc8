package dk.kk.hfi.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * CPR numbers: {@code DDMMYY-SSSS} or ten digits, with a valid date part (the century
 * follows from the seventh digit). No modulus-11 check: numbers without it have been
 * issued since 2007.
 */
public final class Cpr {

	private static final Pattern FORMAT = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})-?(\\d{4})");

	private static final int[] MODULUS_11_WEIGHTS = { 4, 3, 2, 7, 6, 5, 4, 3, 2, 1 };

	private Cpr() {
	}

	public static boolean isValid(String cpr) {
		return cpr != null && birthDate(cpr) != null;
	}

	/**
	 * The stored form, {@code DDMMYY-SSSS}, so the same number is always looked up the
	 * same way.
	 */
	public static String normalize(String cpr) {
		Matcher matcher = FORMAT.matcher(cpr.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a CPR number");
		}
		return matcher.group(1) + matcher.group(2) + matcher.group(3) + "-" + matcher.group(4);
	}

	/**
	 * The remainder of the weighted digit sum modulo 11: 0 for every number issued before
	 * 2007, so a number whose remainder is not 0 and whose date lies before 2007 cannot
	 * belong to anyone (the demo data uses such numbers).
	 */
	public static int modulus11(String cpr) {
		String digits = normalize(cpr).replace("-", "");
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			sum += (digits.charAt(i) - '0') * MODULUS_11_WEIGHTS[i];
		}
		return sum % 11;
	}

	/** The date of birth the number encodes, or null when it encodes none. */
	public static @Nullable LocalDate birthDate(String cpr) {
		Matcher matcher = FORMAT.matcher(cpr.strip());
		if (!matcher.matches()) {
			return null;
		}
		int day = Integer.parseInt(matcher.group(1));
		int month = Integer.parseInt(matcher.group(2));
		int year = Integer.parseInt(matcher.group(3));
		int seventh = matcher.group(4).charAt(0) - '0';
		try {
			return LocalDate.of(century(seventh, year) + year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static int century(int seventh, int year) {
		if (seventh <= 3) {
			return 1900;
		}
		if (seventh == 4 || seventh == 9) {
			return (year <= 36) ? 2000 : 1900;
		}
		return (year <= 57) ? 2000 : 1800;
	}

}
