package dk.kk.hfi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.Period;
import dk.kk.hfi.demo.DemoContent.Activity;
import dk.kk.hfi.domain.course.Course;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.FamilyRole;
import dk.kk.hfi.domain.family.Member;
import dk.kk.hfi.measure.LeisureBridging;
import dk.kk.hfi.measure.Measure;
import dk.kk.hfi.measure.MeasureKind;
import dk.kk.hfi.measure.MeasureStatus;

import static dk.kk.hfi.common.Administration.KFF;
import static dk.kk.hfi.demo.DemoFamilyQueries.activatedOn;
import static dk.kk.hfi.demo.DemoFamilyQueries.age;
import static dk.kk.hfi.demo.DemoFamilyQueries.earliest;
import static dk.kk.hfi.demo.DemoFamilyQueries.latest;
import static dk.kk.hfi.demo.DemoFamilyQueries.minors;
import static dk.kk.hfi.demo.DemoFamilyQueries.mother;
import static dk.kk.hfi.demo.DemoFamilyQueries.parentsInHousehold;
import static dk.kk.hfi.demo.DemoFamilyQueries.roundTo;

/** Draws a family's measures, with the evaluation's shares of kinds and costs. */
final class DemoMeasures {

	private final DemoDraws draws;

	DemoMeasures(DemoDraws draws) {
		this.draws = draws;
	}

	/** The family's measures; leisure bridging for a family the bridge builder joined. */
	List<Measure> measures(Family family, boolean leisure) {
		Course course = family.course();
		List<Measure> measures = new ArrayList<>();
		Member mother = mother(family);
		for (Member child : minors(family, this.draws.today())) {
			socialMeasures(family, child, course, measures);
		}
		if (this.draws.chance(0.2)) {
			// A support contact person for the mother: the adults' social measures (0.2
			// per adult).
			add(measures, family, mother, MeasureKind.OTHER, existingPeriod(course, mother),
					roundTo(this.draws.between(25_000, 70_000), 500), null);
		}
		for (Member parent : parentsInHousehold(family)) {
			employmentMeasures(family, parent, course, measures);
		}
		if (course.activatedOn() != null) {
			healthMeasures(family, course, measures);
			if (leisure) {
				leisureMeasures(family, course, measures);
			}
		}
		return measures;
	}

	/** About 1.3 social measures per child; placements are rare but expensive. */
	private void socialMeasures(Family family, Member child, Course course, List<Measure> measures) {
		if (!child.livesInHousehold()) {
			Period period = new Period(course.referredOn().minusDays(this.draws.between(60, 700)), null);
			add(measures, family, child, MeasureKind.PLACEMENT, period,
					roundTo(this.draws.between(300_000, 900_000), 1000), null);
			return;
		}
		double roll = this.draws.nextDouble();
		if (roll < 0.15) {
			return;
		}
		boolean both = roll >= 0.55;
		boolean familyTreatment = both || this.draws.chance(0.65);
		if (familyTreatment) {
			add(measures, family, child, MeasureKind.FAMILY_TREATMENT, existingPeriod(course, child),
					roundTo(this.draws.between(60_000, 150_000), 500), null);
		}
		if (both || !familyTreatment) {
			add(measures, family, child, MeasureKind.CONTACT_PERSON, existingPeriod(course, child),
					roundTo(this.draws.between(20_000, 90_000), 500), null);
		}
	}

	private void employmentMeasures(Family family, Member parent, Course course, List<Measure> measures) {
		if (this.draws.chance(0.35)) {
			add(measures, family, parent, MeasureKind.MENTOR, existingPeriod(course, parent),
					roundTo(this.draws.between(24_000, 60_000), 500), null);
		}
		if (course.activatedOn() == null) {
			return;
		}
		if (this.draws.chance(0.34)) {
			add(measures, family, parent, MeasureKind.INTERNSHIP, coursePeriod(course, 0.7, 60, 180), null, null);
		}
		if (this.draws.chance(0.12)) {
			add(measures, family, parent, MeasureKind.RESOURCE_COURSE, coursePeriod(course, 0.2, 180, 365), null, null);
		}
		if (this.draws.chance(0.05)) {
			add(measures, family, parent, MeasureKind.EDUCATION, coursePeriod(course, 0.1, 180, 365), null, null);
		}
	}

	private void healthMeasures(Family family, Course course, List<Measure> measures) {
		Member mother = mother(family);
		if (this.draws.chance(0.3)) {
			add(measures, family, mother, MeasureKind.HEALTH_CONVERSATION, coursePeriod(course, 0.7, 30, 120), null,
					null);
		}
		if (this.draws.chance(0.25)) {
			add(measures, family, mother, MeasureKind.PHYSIOTHERAPY, coursePeriod(course, 0.6, 60, 180),
					roundTo(this.draws.between(4_000, 12_000), 100), null);
		}
		for (Member parent : parentsInHousehold(family)) {
			if (this.draws.chance(parent.role() == FamilyRole.MOTHER ? 0.08 : 0.15)) {
				add(measures, family, parent, MeasureKind.ALCOHOL_TREATMENT, coursePeriod(course, 0.5, 90, 240),
						roundTo(this.draws.between(30_000, 60_000), 500), null);
			}
		}
		for (Member child : minors(family, this.draws.today())) {
			if (child.livesInHousehold() && this.draws.chance(0.08)) {
				add(measures, family, child, MeasureKind.HEALTH_CONVERSATION, coursePeriod(course, 0.8, 30, 90), null,
						null);
			}
		}
	}

	/**
	 * KFF bridges children (and some mothers) into leisure life: trial lessons, fees and
	 * equipment.
	 */
	private void leisureMeasures(Family family, Course course, List<Measure> measures) {
		int before = measures.size();
		for (Member child : minors(family, this.draws.today())) {
			int age = age(child, this.draws.today());
			if (child.livesInHousehold() && age >= 4 && this.draws.chance(0.75)) {
				bridge(family, child, course, true, measures);
			}
		}
		if (this.draws.chance(0.35)) {
			bridge(family, mother(family), course, false, measures);
		}
		if (measures.size() == before) {
			bridge(family, mother(family), course, false, measures);
		}
	}

	private void bridge(Family family, Member member, Course course, boolean child, List<Measure> measures) {
		Activity activity = this.draws
			.pick(child ? this.draws.content().leisure().children() : this.draws.content().leisure().adults());
		LocalDate lastDay = (course.closedOn() != null) ? course.closedOn() : this.draws.today().minusDays(7);
		LocalDate activatedOn = activatedOn(course);
		LocalDate from = latest(activatedOn, earliest(activatedOn.plusDays(this.draws.between(20, 200)), lastDay));
		boolean bridged = this.draws.chance(0.8);
		boolean retained = bridged && this.draws.chance(child ? 0.72 : 0.65);
		int paid = bridged ? roundTo(this.draws.between(800, 3_500), 50) : roundTo(this.draws.between(0, 400), 50);
		LocalDate to = null;
		LocalDate checkedOn;
		if (retained) {
			checkedOn = latest(from, (course.closedOn() != null) ? course.closedOn()
					: this.draws.today().minusDays(this.draws.between(0, 45)));
		}
		else {
			to = latest(from,
					earliest(from.plusDays(bridged ? this.draws.between(60, 240) : this.draws.between(14, 40)),
							this.draws.today().minusDays(1)));
			checkedOn = to;
		}
		LeisureBridging leisure = new LeisureBridging(activity.activity(), activity.provider(),
				this.draws.between(1, 4), paid, retained, checkedOn);
		add(measures, family, member, MeasureKind.LEISURE_BRIDGING, new Period(from, to), null, leisure);
	}

	private void add(List<Measure> measures, Family family, Member member, MeasureKind kind, Period period,
			@Nullable Integer yearlyCostDkk, @Nullable LeisureBridging leisure) {
		String id = String.format("mea-%s-%02d", family.id().substring(4), measures.size() + 1);
		measures.add(new Measure(id, null, family.id(), member.id(), kind, kind.owner(), kind.typicalLegalBasis(),
				period, statusOf(period), yearlyCostDkk, leisure));
	}

	/**
	 * A measure usually begun before the family came to HFI (not before the member's
	 * birth), sometimes ended.
	 */
	private Period existingPeriod(Course course, Member member) {
		LocalDate from = latest(Objects.requireNonNull(member.birthDate()),
				course.referredOn().minusDays(this.draws.between(30, 500)));
		LocalDate to = this.draws.chance(0.4) ? from.plusDays(this.draws.between(180, 540)) : null;
		return new Period(from, to);
	}

	/**
	 * A measure started during the course; with {@code endShare} chance it has a planned
	 * end.
	 */
	private Period coursePeriod(Course course, double endShare, int minDays, int maxDays) {
		LocalDate lastStart = (course.closedOn() != null) ? course.closedOn() : this.draws.today().plusDays(30);
		LocalDate from = earliest(activatedOn(course).plusDays(this.draws.between(14, 200)), lastStart);
		LocalDate to = this.draws.chance(endShare) ? from.plusDays(this.draws.between(minDays, maxDays)) : null;
		if (course.closedOn() != null && (to == null || to.isAfter(course.closedOn()))) {
			to = latest(from, course.closedOn());
		}
		return new Period(from, to);
	}

	private MeasureStatus statusOf(Period period) {
		if (period.from().isAfter(this.draws.today())) {
			return MeasureStatus.PLANNED;
		}
		return period.hasEndedBefore(this.draws.today()) ? MeasureStatus.ENDED : MeasureStatus.ACTIVE;
	}

}
