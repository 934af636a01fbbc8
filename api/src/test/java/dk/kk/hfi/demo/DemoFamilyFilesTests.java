package dk.kk.hfi.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dk.kk.hfi.common.Cpr;
import dk.kk.hfi.domain.course.CourseStatus;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.Member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests of {@link DemoFamilyFiles}: the tour's families as written in
 * {@code demo/families}, and every date moved by the days since the files' day.
 */
class DemoFamilyFilesTests {

	/** The day the files describe (their {@code asOf}). */
	private static final LocalDate FILES_DAY = LocalDate.of(2026, 12, 2);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void readsEachFamilyAsWrittenOnTheFilesDay() {
		List<DemoFamily> tour = DemoFamilyFiles.read(FILES_DAY);

		assertThat(tour).extracting((family) -> family.family().id())
			.containsExactly("fam-001", "fam-002", "fam-003", "fam-004", "fam-005");
		Family warsame = tour.get(1).family();
		assertThat(warsame.name()).isEqualTo("Familien Warsame");
		assertThat(warsame.course().referredOn()).isEqualTo(LocalDate.of(2025, 11, 17));
		assertThat(warsame.course().status()).isEqualTo(CourseStatus.ACTIVE);
		assertThat(warsame.course().activatedOn()).isEqualTo(LocalDate.of(2025, 12, 11));
		Member mother = warsame.members().get(0);
		assertThat(mother.familyId()).isEqualTo("fam-002");
		assertThat(mother.cpr()).isEqualTo("150185-0452");
		assertThat(tour.get(1).consents()).singleElement().satisfies((consent) -> {
			assertThat(consent.id()).isEqualTo("con-002:1");
			assertThat(consent.familyId()).isEqualTo("fam-002");
		});
		assertThat(tour.get(1).plan()).isNotNull();
		assertThat(tour.get(4).plan()).isNull();
		assertThat(tour.get(4).consents()).isEmpty();
		assertThat(tour.get(4).family().course().status()).isEqualTo(CourseStatus.REFERRED);
	}

	@Test
	void movesEveryDateByTheDaysSinceTheFilesDay() {
		JsonNode asWritten = JSON.valueToTree(DemoFamilyFiles.read(FILES_DAY));
		for (long days : List.of(200L, -413L)) {
			JsonNode moved = JSON.valueToTree(DemoFamilyFiles.read(FILES_DAY.plusDays(days)));
			assertMovedBy(asWritten, moved, days, "");
		}
	}

	@Test
	void aMembersCprNumberFollowsTheBirthDateInTheFile() {
		DemoFamily edited = DemoFamilyFiles.read("classpath:demo-edited/*.yml", FILES_DAY).get(0);
		Member mother = edited.family().members().get(0);
		// The file says 150185-0452 but a birth date of 3 March 1986.
		assertThat(mother.birthDate()).isEqualTo(LocalDate.of(1986, 3, 3));
		assertThat(Cpr.birthDate(mother.cpr())).isEqualTo(mother.birthDate());
		assertThat(Cpr.modulus11(mother.cpr())).isNotZero();
		// The same serial (45); 030386-0452 would pass modulus 11, so the last digit
		// moves
		// on by two (still even: a woman).
		assertThat(mother.cpr()).isEqualTo("030386-0454");
	}

	@Test
	void aFileThatCannotBeReadIsNamedWithWhatIsWrong() {
		assertThatIllegalStateException()
			.isThrownBy(() -> DemoFamilyFiles.read("classpath:demo-broken/*.yml", FILES_DAY))
			.withMessageContaining("fam-without-day.yml")
			.withMessageContaining("asOf");
		assertThatIllegalStateException()
			.isThrownBy(() -> DemoFamilyFiles.read("classpath:demo-broken/misspelt/*.yml", FILES_DAY))
			.withMessageContaining("fam-misspelt.yml")
			.withMessageContaining("firstname");
	}

	private static void assertMovedBy(JsonNode written, JsonNode moved, long days, String path) {
		if (written.isObject()) {
			assertThat(moved.propertyNames()).as(path).containsExactlyElementsOf(written.propertyNames());
			for (Map.Entry<String, JsonNode> property : written.properties()) {
				String name = property.getKey();
				if (name.equals("cpr") && property.getValue().isString()) {
					assertCprMoved(property.getValue().asString(), moved.get(name).asString(),
							LocalDate.parse(moved.get("birthDate").asString()), path);
				}
				else {
					assertMovedBy(property.getValue(), moved.get(name), days, path + "." + name);
				}
			}
		}
		else if (written.isArray()) {
			assertThat(moved.size()).as(path).isEqualTo(written.size());
			Iterator<JsonNode> movedElements = moved.iterator();
			int index = 0;
			for (JsonNode element : written) {
				assertMovedBy(element, movedElements.next(), days, path + "[" + index++ + "]");
			}
		}
		else {
			assertThat(moved.asString()).as(path).isEqualTo(movedText(written.asString(), days));
		}
	}

	private static String movedText(String text, long days) {
		try {
			return LocalDate.parse(text).plusDays(days).toString();
		}
		catch (DateTimeParseException notADate) {
			try {
				return Instant.parse(text).plus(days, ChronoUnit.DAYS).toString();
			}
			catch (DateTimeParseException notAnInstant) {
				return text;
			}
		}
	}

	/** The same person's number: the moved birth date, the same serial and sex. */
	private static void assertCprMoved(String written, String moved, LocalDate birthDate, String path) {
		assertThat(Cpr.birthDate(moved)).as(path).isEqualTo(birthDate);
		assertThat(Cpr.modulus11(moved)).as(path).isNotZero();
		assertThat(moved.substring(8, 10)).as(path).isEqualTo(written.substring(8, 10));
		assertThat((moved.charAt(10) - '0') % 2).as(path).isEqualTo((written.charAt(10) - '0') % 2);
	}

}
