package dk.kk.hfi.demo;

import java.time.LocalDate;
import java.util.random.RandomGenerator;

import dk.kk.hfi.common.Cpr;

/**
 * The demo's fictional CPR numbers {@code DDMMYY-SSSS}: they encode the birth date,
 * century included (the API accepts no other), and fail modulus 11, so the adults'
 * numbers cannot belong to anyone (no number issued before 2007 fails it). The last digit
 * is even for women and odd for men, as in real numbers.
 */
final class DemoCpr {

	private DemoCpr() {
	}

	/** A number drawn for the birth date; the caller keeps them unique. */
	static String drawn(LocalDate birthDate, boolean female, RandomGenerator random) {
		int year = checkedYear(birthDate);
		// 0-3: born 1900-99; 4-7: born 2000-36.
		int seventh = (year <= 1999) ? random.nextInt(4) : 4 + random.nextInt(4);
		int serial = random.nextInt(100);
		int last = random.nextInt(5) * 2 + (female ? 0 : 1);
		return failingModulus11(birthDate, seventh, serial, last);
	}

	/**
	 * The same person's number for a birth date moved by some days: the same serial and
	 * sex, the century digit kept where it still fits the year.
	 */
	static String moved(String cpr, LocalDate birthDate) {
		int year = checkedYear(birthDate);
		int seventh = Character.digit(cpr.charAt(7), 10);
		boolean fits = (year <= 1999) ? seventh <= 3 : seventh >= 4 && seventh <= 7;
		if (!fits) {
			seventh = (year <= 1999) ? seventh % 4 : 4 + seventh % 4;
		}
		return failingModulus11(birthDate, seventh, Integer.parseInt(cpr.substring(8, 10)),
				Character.digit(cpr.charAt(10), 10));
	}

	private static int checkedYear(LocalDate birthDate) {
		int year = birthDate.getYear();
		if (year < 1958 || year > 2036) {
			throw new IllegalArgumentException("The demo data has no one born before 1958 or after 2036");
		}
		return year;
	}

	private static String failingModulus11(LocalDate birthDate, int seventh, int serial, int last) {
		String digits = String.format("%02d%02d%02d%d%02d", birthDate.getDayOfMonth(), birthDate.getMonthValue(),
				birthDate.getYear() % 100, seventh, serial);
		int check = (Cpr.modulus11(digits + last) == 0) ? (last + 2) % 10 : last;
		return digits.substring(0, 6) + "-" + digits.substring(6) + check;
	}

}
