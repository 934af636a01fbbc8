package dk.kk.hfi.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import dk.kk.hfi.domain.consent.ConsentVersion;
import dk.kk.hfi.domain.course.Course;
import dk.kk.hfi.domain.course.CourseTransition;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.measure.Measure;
import dk.kk.hfi.meeting.Meeting;
import dk.kk.hfi.plan.Plan;

/**
 * Reads the families of the guided tour from {@code demo/families/*.yml}: each file
 * describes one family as it stood on its {@code asOf} day, and every date in it moves by
 * the days since, so the family is as old and its course as far along on any day as in
 * the file. The records nested in a family take its id from the file, a consent version's
 * id is its consent's id and version, and a course is replayed from its transitions.
 */
final class DemoFamilyFiles {

	private static final String LOCATION = "classpath:demo/families/*.yml";

	private DemoFamilyFiles() {
	}

	/** The tour's families as on {@code today}, in the order of their ids. */
	static List<DemoFamily> read(LocalDate today) {
		return read(LOCATION, today);
	}

	/** The families of the files at the location (a resource pattern). */
	static List<DemoFamily> read(String location, LocalDate today) {
		List<DemoFamily> families = new ArrayList<>();
		// The files are usually of one day: one mapper moves all their dates.
		Map<Long, JsonMapper> mappers = new HashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
				try (InputStream in = resource.getInputStream()) {
					families.add(family(DemoYaml.load(in), today, mappers));
				}
				catch (RuntimeException ex) {
					throw new IllegalStateException(resource.getFilename() + ": " + ex.getMessage(), ex);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		families.sort(Comparator.comparing((family) -> family.family().id()));
		checkUniqueCprs(families);
		return families;
	}

	private static DemoFamily family(Map<String, Object> file, LocalDate today, Map<Long, JsonMapper> mappers) {
		long days = ChronoUnit.DAYS.between(LocalDate.parse(required(file, "asOf")), today);
		JsonMapper mapper = mappers.computeIfAbsent(days, DemoFamilyFiles::movingDatesBy);
		Map<String, Object> family = required(file, "family");
		String familyId = required(family, "id");
		// A member's CPR number follows the birth date, also where the file's was edited.
		for (Map<String, Object> member : records(family, "members", familyId)) {
			LocalDate birthDate = LocalDate.parse(required(member, "birthDate")).plusDays(days);
			member.put("cpr", DemoCpr.moved(required(member, "cpr"), birthDate));
		}
		List<Map<String, Object>> consents = records(file, "consents", familyId);
		consents.forEach((consent) -> consent.put("id",
				ConsentVersion.documentId(required(consent, "consentId"), required(consent, "version"))));
		Map<String, Object> plan = optional(file, "plan");
		if (plan != null) {
			plan.put("familyId", familyId);
		}
		return new DemoFamily(family(mapper, family), read(mapper, consents, ConsentVersion.class),
				(plan != null) ? mapper.convertValue(plan, Plan.class) : null,
				read(mapper, records(file, "meetings", familyId), Meeting.class),
				read(mapper, records(file, "measures", familyId), Measure.class));
	}

	/** The family, its course replayed from the transitions in the file. */
	private static Family family(JsonMapper mapper, Map<String, Object> family) {
		Map<String, Object> course = required(family, "course");
		family.remove("course");
		List<CourseTransition> transitions = read(mapper, required(course, "transitions"), CourseTransition.class);
		Family read = mapper.convertValue(family, Family.class);
		return new Family(read.id(), null, read.name(), read.district(), read.household(), read.members(),
				replayed(transitions), read.coreTeam());
	}

	/** The records under the key, each given the family's id. */
	private static List<Map<String, Object>> records(Map<String, Object> holder, String key, String familyId) {
		List<Map<String, Object>> records = optional(holder, key);
		if (records == null) {
			return List.of();
		}
		records.forEach((record) -> record.put("familyId", familyId));
		return records;
	}

	private static <T> List<T> read(JsonMapper mapper, List<?> records, Class<T> type) {
		return mapper.convertValue(records, mapper.getTypeFactory().constructCollectionType(List.class, type));
	}

	private static <T> T required(Map<String, Object> map, String key) {
		T value = optional(map, key);
		if (value == null) {
			throw new IllegalStateException("A demo family file lacks '" + key + "'");
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private static <T> @Nullable T optional(Map<String, Object> map, String key) {
		return (T) map.get(key);
	}

	private static Course replayed(List<CourseTransition> transitions) {
		CourseTransition referral = transitions.get(0);
		Course course = Course.referred(referral.on(), Objects.requireNonNull(referral.byProfessionalId()));
		for (CourseTransition transition : transitions.subList(1, transitions.size())) {
			course = course.moveTo(transition.to(), transition.on(), transition.byProfessionalId(), transition.reason(),
					transition.closingReason());
		}
		return course;
	}

	private static void checkUniqueCprs(List<DemoFamily> families) {
		Set<String> cprs = new HashSet<>();
		families.forEach((family) -> family.family().members().forEach((member) -> {
			if (member.cpr() != null && !cprs.add(member.cpr())) {
				throw new IllegalStateException("Two members of the tour's families have the same CPR number");
			}
		}));
	}

	private static JsonMapper movingDatesBy(long days) {
		SimpleModule moving = new SimpleModule().addDeserializer(LocalDate.class, new ValueDeserializer<>() {

			@Override
			public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
				return LocalDate.parse(parser.getValueAsString()).plusDays(days);
			}

		}).addDeserializer(Instant.class, new ValueDeserializer<>() {

			@Override
			public Instant deserialize(JsonParser parser, DeserializationContext context) {
				return Instant.parse(parser.getValueAsString()).plus(days, ChronoUnit.DAYS);
			}

		});
		return DemoYaml.strictMapper().addModule(moving).build();
	}

}
