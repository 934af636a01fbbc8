package dk.kk.hfi.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The evaluation reports, each with its Danish title. A report's CSV file name and
 * GraphQL query follow from its name: {@code PARENTS_BURDENS} is
 * {@code parents-burdens.csv} and {@code parentsBurdensReport}.
 */
public enum ReportName {

	PARENTS_BURDENS("Forældrenes belastninger ved opstart"), CHILDRENS_BURDENS("Børnenes belastninger ved opstart"),
	STRESS_REACTIONS("Børnenes stressreaktioner ved opstart og afslutning"),
	INCOME_SUPPORT("Forsørgelsesgrundlag ved opstart og nu, og praktik"),
	LEISURE("Deltagelse i fritidsaktiviteter og KFF's brobygning"),
	SOCIAL_MEASURES("Sociale foranstaltninger ved opstart og nu"),
	COSTS("Udgifter pr. år til anbringelser og forebyggende foranstaltninger"),
	SCHOOL_ABSENCE("Børnenes skolefravær før opstart og de sidste 12 måneder"),
	EXPERIENCE_SURVEY("Familiernes oplevelse ved opstart og afslutning"), PROGRAMME_STATUS("Status for HFI");

	private final String title;

	ReportName(String title) {
		this.title = title;
	}

	/**
	 * The name of the report's CSV file, without {@code .csv}: {@code parents-burdens}.
	 */
	public String fileName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public String title() {
		return this.title;
	}

	/**
	 * The GraphQL query serving the report, whose {@code @allow} says who may read it:
	 * {@code costsReport}.
	 */
	public String queryField() {
		StringBuilder field = new StringBuilder();
		for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
			field.append(field.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return field.append("Report").toString();
	}

	static Optional<ReportName> ofFileName(String fileName) {
		return Arrays.stream(values()).filter((name) -> name.fileName().equals(fileName)).findFirst();
	}

}
