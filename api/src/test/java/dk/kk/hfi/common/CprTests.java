package dk.kk.hfi.common;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CPR numbers: format and date part, no modulus-11 check. */
class CprTests {

	@Test
	void acceptsBothFormatsWithAValidDate() {
		assertThat(Cpr.isValid("010185-1234")).isTrue();
		assertThat(Cpr.isValid("0101851234")).isTrue();
		assertThat(Cpr.normalize("0101851234")).isEqualTo("010185-1234");
	}

	@Test
	void centuryFollowsTheSeventhDigit() {
		assertThat(Cpr.birthDate("010185-1234")).isEqualTo(LocalDate.of(1985, 1, 1));
		assertThat(Cpr.birthDate("010110-4234")).isEqualTo(LocalDate.of(2010, 1, 1));
		assertThat(Cpr.birthDate("010185-5234")).isEqualTo(LocalDate.of(1885, 1, 1));
		assertThat(Cpr.birthDate("290200-4000")).isEqualTo(LocalDate.of(2000, 2, 29));
	}

	@Test
	void rejectsInvalidDatesAndFormats() {
		assertThat(Cpr.isValid("320185-1234")).isFalse();
		assertThat(Cpr.isValid("011385-1234")).isFalse();
		assertThat(Cpr.isValid("290201-1234")).isFalse();
		assertThat(Cpr.isValid("01018-51234")).isFalse();
		assertThat(Cpr.isValid("abc")).isFalse();
	}

	@Test
	void noModulus11Check() {
		assertThat(Cpr.isValid("010185-0001")).isTrue();
	}

}
