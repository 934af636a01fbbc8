package dk.kk.hfi.report;

import java.util.Arrays;
import java.util.Optional;

/** The evaluation reports, each with its CSV file name and Danish title. */
public enum ReportName {

	PARENTS_BURDENS("parents-burdens", "Forældrenes belastninger ved opstart"),
	CHILDRENS_BURDENS("childrens-burdens", "Børnenes belastninger ved opstart"),
	STRESS_REACTIONS("stress-reactions", "Børnenes stressreaktioner ved opstart og afslutning"),
	INCOME_SUPPORT("income-support", "Forsørgelsesgrundlag ved opstart og nu, og praktik"),
	LEISURE("leisure", "Deltagelse i fritidsaktiviteter og KFF's brobygning"),
	SOCIAL_MEASURES("social-measures", "Sociale foranstaltninger ved opstart og nu"),
	COSTS("costs", "Udgifter pr. år til anbringelser og forebyggende foranstaltninger"),
	SCHOOL_ABSENCE("school-absence", "Børnenes skolefravær før opstart og de sidste 12 måneder"),
	EXPERIENCE_SURVEY("experience-survey", "Familiernes oplevelse ved opstart og afslutning"),
	PROGRAMME_STATUS("programme-status", "Status for HFI");

	private final String fileName;

	private final String title;

	ReportName(String fileName, String title) {
		this.fileName = fileName;
		this.title = title;
	}

	public String fileName() {
		return this.fileName;
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
		for (String word : name().toLowerCase(java.util.Locale.ROOT).split("_")) {
			field.append(field.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return field.append("Report").toString();
	}

	static Optional<ReportName> ofFileName(String fileName) {
		return Arrays.stream(values()).filter((name) -> name.fileName.equals(fileName)).findFirst();
	}

}
