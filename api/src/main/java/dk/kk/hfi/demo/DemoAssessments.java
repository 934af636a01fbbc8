package dk.kk.hfi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.kk.hfi.assessment.Assessment;
import dk.kk.hfi.assessment.AssessmentItem;
import dk.kk.hfi.assessment.AssessmentKind;
import dk.kk.hfi.assessment.AssessmentScore;
import dk.kk.hfi.assessment.Degree;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.Member;

import static dk.kk.hfi.demo.DemoFamilyQueries.activatedOn;
import static dk.kk.hfi.demo.DemoFamilyQueries.age;
import static dk.kk.hfi.demo.DemoFamilyQueries.earliest;
import static dk.kk.hfi.demo.DemoFamilyQueries.familyId;
import static dk.kk.hfi.demo.DemoFamilyQueries.latest;
import static dk.kk.hfi.demo.DemoFamilyQueries.minors;
import static dk.kk.hfi.demo.DemoFamilyQueries.parentsInHousehold;

/**
 * Draws the assessments at the start and the end of the course, with the evaluation's
 * shares of burdens and stress reactions, within its population and apart from it.
 */
final class DemoAssessments {

	private final DemoDraws draws;

	private final Function<String, DemoFacts> facts;

	DemoAssessments(DemoDraws draws, Function<String, DemoFacts> facts) {
		this.draws = draws;
		this.facts = facts;
	}

	/**
	 * Baseline for 37 families and closing for 28, with degrees drawn so that the shares
	 * match the evaluation's figures (parents' burdens, children's burdens and stress
	 * reactions at start and end).
	 */
	List<Assessment> assessments(List<Family> families) {
		List<Family> baselineFamilies = baselineFamilies(families);
		Map<String, LocalDate> baselineDates = new LinkedHashMap<>();
		List<Member> parents = new ArrayList<>();
		List<Member> children = new ArrayList<>();
		for (Family family : baselineFamilies) {
			LocalDate date = earliest(activatedOn(family.course()).plusDays(this.draws.between(0, 14)),
					this.draws.today());
			baselineDates.put(family.id(), date);
			parents.addAll(parentsInHousehold(family));
			children.addAll(minors(family, this.draws.today()).stream()
				.filter((child) -> child.livesInHousehold() && age(child, date) >= 4)
				.toList());
		}
		Map<String, EnumMap<AssessmentItem, Degree>> baseline = new LinkedHashMap<>();
		parents.forEach((member) -> baseline.put(member.id(), new EnumMap<>(AssessmentItem.class)));
		children.forEach((member) -> baseline.put(member.id(), new EnumMap<>(AssessmentItem.class)));
		// The shares hold within the evaluation's population (the reports over its
		// intake) and apart from it.
		for (boolean evaluated : List.of(true, false)) {
			scoreParents(inEvaluation(parents, evaluated), baseline);
			scoreChildren(inEvaluation(children, evaluated), baseline);
		}
		Map<String, EnumMap<AssessmentItem, Degree>> closing = closing(baselineFamilies, baseline);
		for (boolean evaluated : List.of(true, false)) {
			improve(inEvaluation(parents, evaluated), inEvaluation(children, evaluated), closing);
		}
		List<Assessment> assessments = new ArrayList<>();
		for (Family family : baselineFamilies) {
			LocalDate baselineDate = Objects.requireNonNull(baselineDates.get(family.id()));
			LocalDate closingDate = (family.course().closedOn() != null) ? family.course().closedOn()
					: latest(activatedOn(family.course()).plusDays(250),
							this.draws.today().minusDays(this.draws.between(5, 60)));
			for (Member member : family.members()) {
				EnumMap<AssessmentItem, Degree> scores = baseline.get(member.id());
				if (scores != null) {
					assessments.add(assessment(member, AssessmentKind.BASELINE, baselineDate, scores));
				}
				EnumMap<AssessmentItem, Degree> closingScores = closing.get(member.id());
				if (closingScores != null) {
					assessments.add(assessment(member, AssessmentKind.CLOSING, closingDate, closingScores));
				}
			}
		}
		return assessments;
	}

	/**
	 * 37 families have a baseline, as in the evaluation: the tour's and the recent ones,
	 * the rest from the evaluation.
	 */
	private List<Family> baselineFamilies(List<Family> families) {
		List<Family> started = families.stream().filter((family) -> family.course().activatedOn() != null).toList();
		List<String> withoutBaseline = this.draws.picks(
				started.stream().filter((family) -> this.facts.apply(family.id()).evaluated()).map(Family::id).toList(),
				Math.max(0, started.size() - 37));
		return started.stream().filter((family) -> !withoutBaseline.contains(family.id())).toList();
	}

	/**
	 * The baseline scores, copied, of the 28 families assessed again at the end: the
	 * closed ones first, then the longest active.
	 */
	private Map<String, EnumMap<AssessmentItem, Degree>> closing(List<Family> baselineFamilies,
			Map<String, EnumMap<AssessmentItem, Degree>> baseline) {
		Set<String> closingFamilyIds = baselineFamilies.stream()
			.filter((family) -> family.course().closedOn() != null
					|| activatedOn(family.course()).isBefore(this.draws.today().minusDays(300)))
			.sorted(Comparator.comparing((Family family) -> family.course().closedOn() == null)
				.thenComparing((family) -> family.course().activatedOn()))
			.limit(28)
			.map(Family::id)
			.collect(Collectors.toSet());
		Map<String, EnumMap<AssessmentItem, Degree>> closing = new LinkedHashMap<>();
		baseline.forEach((memberId, scores) -> {
			if (closingFamilyIds.contains(memberId.substring(0, memberId.lastIndexOf('-')))) {
				closing.put(memberId, new EnumMap<>(scores));
			}
		});
		return closing;
	}

	private List<Member> inEvaluation(List<Member> members, boolean evaluated) {
		return members.stream()
			.filter((member) -> this.facts.apply(member.familyId()).evaluated() == evaluated)
			.toList();
	}

	private void scoreParents(List<Member> parents, Map<String, EnumMap<AssessmentItem, Degree>> scores) {
		List<EnumMap<AssessmentItem, Degree>> all = parents.stream().map((member) -> scores.get(member.id())).toList();
		quota(all, AssessmentItem.MENTAL_DIFFICULTIES, 0.40, 0.37, true);
		quota(all, AssessmentItem.LIMITED_NETWORK, 0.40, 0.35, true);
		quota(all, AssessmentItem.PHYSICAL_DIFFICULTIES, 0.30, 0.35, true);
		quota(all, AssessmentItem.CONFLICT_WITH_PARTNER, 0.30, 0.28, true);
		quota(all, AssessmentItem.OUT_OF_LABOUR_MARKET, 0.45, 0.12, true);
		quota(all, AssessmentItem.DEBT, 0.22, 0.20, true);
		quota(all, AssessmentItem.CONFLICTS_WITH_CHILDREN, 0.15, 0.25, true);
		// Limited Danish: parents of the families with international names first.
		List<EnumMap<AssessmentItem, Degree>> international = new ArrayList<>();
		List<EnumMap<AssessmentItem, Degree>> others = new ArrayList<>();
		for (Member parent : parents) {
			(this.facts.apply(parent.familyId()).international() ? international : others).add(scores.get(parent.id()));
		}
		Collections.shuffle(international, this.draws.random());
		Collections.shuffle(others, this.draws.random());
		List<EnumMap<AssessmentItem, Degree>> ordered = new ArrayList<>(international);
		ordered.addAll(others);
		quota(ordered, AssessmentItem.LIMITED_DANISH, 0.20, 0.15, false);
	}

	private void scoreChildren(List<Member> children, Map<String, EnumMap<AssessmentItem, Degree>> scores) {
		List<EnumMap<AssessmentItem, Degree>> all = children.stream().map((member) -> scores.get(member.id())).toList();
		quota(all, AssessmentItem.HIGH_PARENTAL_CONFLICT, 0.38, 0.33, true);
		quota(all, AssessmentItem.CAREGIVER_TRAUMA, 0.36, 0.35, true);
		quota(all, AssessmentItem.WITNESSED_VIOLENCE, 0.30, 0.34, true);
		quota(all, AssessmentItem.PSYCHOLOGICAL_NEGLECT, 0.22, 0.28, true);
		quota(all, AssessmentItem.PARENTAL_SUBSTANCE_ABUSE, 0.17, 0.22, true);
		quota(all, AssessmentItem.CONCENTRATION, 0.25, 0.28, true);
		quota(all, AssessmentItem.PSYCHOLOGICAL_SYMPTOMS, 0.36, 0.25, true);
		quota(all, AssessmentItem.INTROVERTED_BEHAVIOUR, 0.27, 0.25, true);
	}

	/**
	 * The closing picture: concentration 53 % → 33 %, psychological symptoms 36 % → 18 %,
	 * and so on.
	 */
	private void improve(List<Member> parents, List<Member> children,
			Map<String, EnumMap<AssessmentItem, Degree>> closing) {
		List<EnumMap<AssessmentItem, Degree>> closingParents = parents.stream()
			.map((member) -> closing.get(member.id()))
			.filter((scores) -> scores != null)
			.toList();
		List<EnumMap<AssessmentItem, Degree>> closingChildren = children.stream()
			.map((member) -> closing.get(member.id()))
			.filter((scores) -> scores != null)
			.toList();
		improveShare(closingParents, AssessmentItem.MENTAL_DIFFICULTIES, 0.55);
		improveShare(closingParents, AssessmentItem.CONFLICTS_WITH_CHILDREN, 0.50);
		improveShare(closingParents, AssessmentItem.DEBT, 0.45);
		improveShare(closingParents, AssessmentItem.LIMITED_NETWORK, 0.40);
		improveShare(closingParents, AssessmentItem.CONFLICT_WITH_PARTNER, 0.20);
		improveShare(closingParents, AssessmentItem.PHYSICAL_DIFFICULTIES, 0.15);
		improveShare(closingParents, AssessmentItem.OUT_OF_LABOUR_MARKET, 0.15);
		improveShare(closingParents, AssessmentItem.LIMITED_DANISH, 0.10);
		improveShare(closingChildren, AssessmentItem.HIGH_PARENTAL_CONFLICT, 0.20);
		improveShare(closingChildren, AssessmentItem.CAREGIVER_TRAUMA, 0.20);
		improveShare(closingChildren, AssessmentItem.PSYCHOLOGICAL_NEGLECT, 0.25);
		improveShare(closingChildren, AssessmentItem.PARENTAL_SUBSTANCE_ABUSE, 0.15);
		reduceTo(closingChildren, AssessmentItem.CONCENTRATION, Set.of(Degree.HIGH, Degree.SOME), 0.33, Degree.LESSER);
		reduceTo(closingChildren, AssessmentItem.PSYCHOLOGICAL_SYMPTOMS, Set.of(Degree.HIGH), 0.18, Degree.SOME);
		reduceTo(closingChildren, AssessmentItem.INTROVERTED_BEHAVIOUR, Set.of(Degree.HIGH), 0.21, Degree.SOME);
	}

	/** Gives exactly the rounded shares HIGH and SOME, the rest LESSER or NOT_AT_ALL. */
	private void quota(List<EnumMap<AssessmentItem, Degree>> scores, AssessmentItem item, double high, double some,
			boolean shuffle) {
		List<EnumMap<AssessmentItem, Degree>> order = new ArrayList<>(scores);
		if (shuffle) {
			Collections.shuffle(order, this.draws.random());
		}
		int highCount = (int) Math.round(high * order.size());
		int burdenedCount = (int) Math.round((high + some) * order.size());
		for (int i = 0; i < order.size(); i++) {
			Degree degree = (i < highCount) ? Degree.HIGH
					: (i < burdenedCount) ? Degree.SOME : this.draws.chance(0.5) ? Degree.LESSER : Degree.NOT_AT_ALL;
			order.get(i).put(item, degree);
		}
	}

	/**
	 * Moves the given fraction of the burdened (HIGH or SOME) one step down the scale.
	 */
	private void improveShare(List<EnumMap<AssessmentItem, Degree>> scores, AssessmentItem item, double fraction) {
		List<EnumMap<AssessmentItem, Degree>> burdened = matching(scores, item, Set.of(Degree.HIGH, Degree.SOME));
		int count = (int) Math.round(fraction * burdened.size());
		for (int i = 0; i < count; i++) {
			Degree degree = burdened.get(i).get(item);
			burdened.get(i).put(item, (degree == Degree.HIGH) ? Degree.SOME : Degree.LESSER);
		}
	}

	/**
	 * Lowers degrees until at most the given share of all has one of the counted degrees.
	 */
	private void reduceTo(List<EnumMap<AssessmentItem, Degree>> scores, AssessmentItem item, Set<Degree> counted,
			double share, Degree lowered) {
		List<EnumMap<AssessmentItem, Degree>> hits = matching(scores, item, counted);
		int target = (int) Math.round(share * scores.size());
		for (int i = 0; i < hits.size() - target; i++) {
			hits.get(i).put(item, lowered);
		}
	}

	private List<EnumMap<AssessmentItem, Degree>> matching(List<EnumMap<AssessmentItem, Degree>> scores,
			AssessmentItem item, Set<Degree> degrees) {
		List<EnumMap<AssessmentItem, Degree>> hits = new ArrayList<>(
				scores.stream().filter((entry) -> degrees.contains(entry.get(item))).toList());
		Collections.shuffle(hits, this.draws.random());
		return hits;
	}

	private static Assessment assessment(Member member, AssessmentKind kind, LocalDate date,
			EnumMap<AssessmentItem, Degree> scores) {
		List<AssessmentScore> items = scores.entrySet()
			.stream()
			.map((entry) -> new AssessmentScore(entry.getKey(), entry.getValue()))
			.toList();
		String id = "asm-" + member.id().substring(4) + "-" + kind.name().toLowerCase(Locale.ROOT);
		return new Assessment(id, member.familyId(), member.id(), kind, date, items);
	}

}
