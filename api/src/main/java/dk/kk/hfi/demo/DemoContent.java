package dk.kk.hfi.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.domain.course.CourseClosingReason;
import dk.kk.hfi.domain.professional.ProfessionalRole;

/**
 * The hand-written content of the demo data set, read from {@code demo/content.yml}: the
 * professionals, the names and streets the families are drawn from, and the Danish texts
 * of their courses, plans and meetings.
 */
record DemoContent(List<ProfessionalEntry> professionals, Map<String, NameSet> names, Streets streets,
		CourseTexts course, ConsentTexts consents, LeisureActivities leisure, PlanTexts plan,
		Map<String, List<String>> decisions) {

	private static final String RESOURCE = "/demo/content.yml";

	/** The content, read once. */
	static DemoContent get() {
		return Loaded.CONTENT;
	}

	private static DemoContent load() {
		try (InputStream in = DemoContent.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("No " + RESOURCE + " on the class path");
			}
			Object tree = DemoYaml.load(in);
			return DemoYaml.strictMapper().build().convertValue(tree, DemoContent.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class Loaded {

		private static final DemoContent CONTENT = load();

	}

	NameSet danish() {
		return Objects.requireNonNull(this.names.get("danish"));
	}

	NameSet international() {
		return Objects.requireNonNull(this.names.get("international"));
	}

	List<String> decisions(String kind) {
		return Objects.requireNonNull(this.decisions.get(kind));
	}

	/**
	 * A professional: the first word of the name is the first name, the last word the
	 * last name.
	 */
	record ProfessionalEntry(String id, String name, Administration administration, ProfessionalRole role, String title,
			boolean supportTeam) {

	}

	/** First and last names of one naming tradition. */
	record NameSet(List<String> mothers, List<String> fathers, List<String> girls, List<String> boys,
			List<String> lastNames) {

	}

	record Streets(List<String> norrebro, List<String> bispebjerg) {

	}

	record ClosingReason(String text, CourseClosingReason kind) {

	}

	record CourseTexts(List<ClosingReason> closingReasons, ClosingReason withdrawal) {

	}

	record ConsentTexts(String withdrawnOnClosing) {

	}

	record Activity(String activity, String provider) {

	}

	record LeisureActivities(List<Activity> children, List<Activity> adults) {

	}

	record Voices(List<String> mother, List<String> father, List<String> child) {

	}

	record PlanTexts(List<String> priorities, List<String> parentBurdens, List<String> childBurdens,
			List<String> childStressReactions, Voices voices, Map<Administration, List<String>> goals,
			Map<String, List<String>> professionalActions, List<String> childActions, List<String> motherActions) {

	}

}
