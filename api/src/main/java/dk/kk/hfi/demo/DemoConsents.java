package dk.kk.hfi.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.Period;
import dk.kk.hfi.domain.consent.ConsentPurpose;
import dk.kk.hfi.domain.consent.ConsentState;
import dk.kk.hfi.domain.consent.ConsentVersion;
import dk.kk.hfi.domain.consent.Provision;
import dk.kk.hfi.domain.consent.ProvisionDenial;
import dk.kk.hfi.domain.consent.SignatureMethod;
import dk.kk.hfi.domain.consent.Withdrawal;
import dk.kk.hfi.domain.course.Course;
import dk.kk.hfi.domain.course.CourseClosingReason;
import dk.kk.hfi.domain.course.CourseStatus;
import dk.kk.hfi.domain.course.CourseTransition;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.FamilyRole;
import dk.kk.hfi.domain.family.Member;

import static dk.kk.hfi.common.Administration.BIF;
import static dk.kk.hfi.common.Administration.BUF;
import static dk.kk.hfi.common.Administration.KFF;
import static dk.kk.hfi.common.Administration.SOF;
import static dk.kk.hfi.common.Administration.SUF;
import static dk.kk.hfi.demo.DemoFamilyQueries.age;
import static dk.kk.hfi.demo.DemoFamilyQueries.caseworkerOn;
import static dk.kk.hfi.demo.DemoFamilyQueries.earliest;
import static dk.kk.hfi.demo.DemoFamilyQueries.familyId;
import static dk.kk.hfi.demo.DemoFamilyQueries.latest;
import static dk.kk.hfi.demo.DemoFamilyQueries.mother;
import static dk.kk.hfi.demo.DemoFamilyQueries.transitionOn;

/**
 * Draws a family's consents: the one signed in the conversation, what became of it (a
 * change, a withdrawal, the end with the course), its renewals, and the young people's
 * own.
 */
final class DemoConsents {

	private final DemoDraws draws;

	private static final List<Administration> ALL_ADMINISTRATIONS = List.of(Administration.values());

	private static final List<DataCategory> SHARED_CATEGORIES = Arrays.stream(DataCategory.values())
		.filter((category) -> category != DataCategory.BASIC_IDENTITY)
		.toList();

	/** Whether the one oral consent awaiting its signed document has been drawn. */
	private boolean oralConsentNoted;

	DemoConsents(DemoDraws draws) {
		this.draws = draws;
	}

	/** The family's consent versions in the order they were recorded. */
	List<ConsentVersion> consents(Family family) {
		Course course = family.course();
		LocalDate conversationOn = transitionOn(course, CourseStatus.CONSENT_CONVERSATION);
		if (conversationOn == null) {
			return List.of();
		}
		String consentId = "con-" + family.id().substring("fam-".length());
		List<String> grantors = family.members().stream().filter(Member::custodyHolder).map(Member::id).toList();
		if (course.status() == CourseStatus.CONSENT_CONVERSATION) {
			return List.of(proposed(family, consentId, grantors, conversationOn));
		}
		boolean closed = course.status() == CourseStatus.CLOSED;
		int change = (!closed && this.draws.chance(0.3)) ? this.draws.between(1, 2) : 0;
		ConsentVersion first = signed(family, consentId, grantors, conversationOn, change);
		List<ConsentVersion> versions = new ArrayList<>(List.of(first));
		laterVersion(family, first, grantors, change).ifPresent(versions::add);
		renewal(family, versions.get(versions.size() - 1), grantors).ifPresent(versions::add);
		ConsentVersion current = versions.get(versions.size() - 1);
		if (course.status() == CourseStatus.ACTIVE && current.state() == ConsentState.ACTIVE
				&& !current.period().hasEndedBefore(this.draws.today())) {
			versions.addAll(youthConsents(family, current));
		}
		return versions;
	}

	/**
	 * In the consent conversation: one family said yes and the signed document is still
	 * to come (no access yet); the others have a draft, naming the day and the way it is
	 * to be signed, as the API asks.
	 */
	private ConsentVersion proposed(Family family, String consentId, List<String> grantors, LocalDate on) {
		boolean oral = !this.oralConsentNoted;
		this.oralConsentNoted = true;
		Provision proposed = new Provision(ALL_ADMINISTRATIONS, SHARED_CATEGORIES, List.of());
		return new ConsentVersion(ConsentVersion.documentId(consentId, 1), consentId, 1, family.id(),
				ConsentPurpose.HFI, oral ? ConsentState.ACTIVE : ConsentState.DRAFT, grantors,
				coveredOn(family, grantors, on), List.of(proposed), new Period(on, on.plusYears(2).minusDays(1)), on,
				oral ? SignatureMethod.ORAL_NOTED : SignatureMethod.WRITTEN, null, null, this.draws.instant(on),
				caseworkerOn(family, on));
	}

	/**
	 * The consent signed in the conversation: the shared categories for two years, some
	 * with an exception.
	 */
	private ConsentVersion signed(Family family, String consentId, List<String> grantors, LocalDate signedOn,
			int change) {
		Provision provision = new Provision((change == 2) ? List.of(SOF, BIF, BUF, SUF) : ALL_ADMINISTRATIONS,
				SHARED_CATEGORIES, this.draws.chance(0.2) ? List.of(exception(family)) : List.of());
		Period period = new Period(signedOn, signedOn.plusYears(2).minusDays(1));
		SignatureMethod method = pickSignatureMethod();
		String documentReference = String.format("SBSYS-%d-%04d", signedOn.getYear(), this.draws.between(100, 9999));
		return new ConsentVersion(ConsentVersion.documentId(consentId, 1), consentId, 1, family.id(),
				ConsentPurpose.HFI, ConsentState.ACTIVE, grantors, coveredOn(family, grantors, signedOn),
				List.of(provision), period, signedOn, method, documentReference, null, this.draws.instant(signedOn),
				caseworkerOn(family, signedOn));
	}

	/**
	 * What became of the signed consent: withdrawn (by one family on closing), ended with
	 * the course, or changed (an exception added, or KFF added as recipient).
	 */
	private Optional<ConsentVersion> laterVersion(Family family, ConsentVersion first, List<String> grantors,
			int change) {
		Course course = family.course();
		Provision provision = first.provisions().get(0);
		CourseTransition last = course.transitions().get(course.transitions().size() - 1);
		if (course.status() == CourseStatus.CLOSED && last.closingReason() == CourseClosingReason.FAMILY_WITHDREW) {
			return Optional.of(withdrawn(first, family, Objects.requireNonNull(course.closedOn()),
					this.draws.content().consents().withdrawnOnClosing()));
		}
		if (course.status() == CourseStatus.CLOSED) {
			// As closeCourse does: the consent ends with the course, in a version saying
			// so.
			LocalDate closedOn = Objects.requireNonNull(course.closedOn());
			return Optional.of(next(first, ConsentState.ENDED, provision, new Period(first.period().from(), closedOn),
					null, this.draws.instant(closedOn), caseworkerOn(family, closedOn), first.subjectIds())
				.withEndReason(ConsentVersion.COURSE_CLOSED));
		}
		if (change > 0) {
			LocalDate signedOn = Objects.requireNonNull(first.signedOn());
			LocalDate changedOn = latest(signedOn,
					earliest(signedOn.plusDays(this.draws.between(60, 200)), this.draws.today()));
			Provision changed = (change == 2)
					? new Provision(ALL_ADMINISTRATIONS, SHARED_CATEGORIES, provision.exceptions())
					: withException(provision, new ProvisionDenial(List.of(DataCategory.HEALTH), List.of(BIF),
							List.of(DemoIds.memberId(family.id(), 1))));
			return Optional
				.of(next(first, ConsentState.ACTIVE, changed, first.period(), null, this.draws.instant(changedOn),
						caseworkerOn(family, changedOn), coveredOn(family, grantors, changedOn)));
		}
		return Optional.empty();
	}

	/**
	 * A course still going on renews a lapsed consent for two more years, every two
	 * years.
	 */
	private Optional<ConsentVersion> renewal(Family family, ConsentVersion last, List<String> grantors) {
		if (family.course().status() != CourseStatus.ACTIVE || last.state() != ConsentState.ACTIVE
				|| !last.period().hasEndedBefore(this.draws.today())) {
			return Optional.empty();
		}
		LocalDate renewedOn = Objects.requireNonNull(last.period().to()).plusDays(1);
		while (!renewedOn.plusYears(2).isAfter(this.draws.today())) {
			renewedOn = renewedOn.plusYears(2);
		}
		return Optional.of(next(last, ConsentState.ACTIVE, last.provisions().get(0),
				new Period(renewedOn, renewedOn.plusYears(2).minusDays(1)), null, this.draws.instant(renewedOn),
				caseworkerOn(family, renewedOn), coveredOn(family, grantors, renewedOn)));
	}

	/**
	 * Whom the custody holders' consent covers on the day: themselves and the members
	 * under 15; anyone older consents for themselves.
	 */
	private static List<String> coveredOn(Family family, List<String> grantors, LocalDate day) {
		return family.members()
			.stream()
			.filter((member) -> grantors.contains(member.id()) || age(member, day) < 15)
			.map(Member::id)
			.toList();
	}

	/** A young person aged 15 or more consents to the sharing of their own data. */
	private List<ConsentVersion> youthConsents(Family family, ConsentVersion familyConsent) {
		List<ConsentVersion> consents = new ArrayList<>();
		for (Member member : family.members()) {
			int age = age(member, this.draws.today());
			if (member.role() != FamilyRole.CHILD || age < 15 || age >= 18) {
				continue;
			}
			String consentId = familyConsent.consentId() + "-"
					+ member.id().substring(member.id().lastIndexOf('-') + 1);
			LocalDate signedOn = latest(Objects.requireNonNull(familyConsent.signedOn()),
					Objects.requireNonNull(member.birthDate()).plusYears(15));
			List<ProvisionDenial> exceptions = this.draws.chance(0.4)
					? List.of(new ProvisionDenial(List.of(DataCategory.HEALTH), List.of(BIF), List.of())) : List.of();
			consents.add(new ConsentVersion(ConsentVersion.documentId(consentId, 1), consentId, 1, family.id(),
					ConsentPurpose.HFI, ConsentState.ACTIVE, List.of(member.id()), List.of(member.id()),
					List.of(new Provision(ALL_ADMINISTRATIONS, SHARED_CATEGORIES, exceptions)),
					new Period(signedOn, familyConsent.period().to()), signedOn, SignatureMethod.MITID,
					String.format("SBSYS-%d-%04d", signedOn.getYear(), this.draws.between(100, 9999)), null,
					this.draws.instant(signedOn), caseworkerOn(family, signedOn)));
		}
		return consents;
	}

	private ProvisionDenial exception(Family family) {
		String mother = DemoIds.memberId(family.id(), 1);
		return switch (this.draws.between(1, 4)) {
			case 1 -> new ProvisionDenial(List.of(DataCategory.HEALTH), List.of(BIF), List.of(mother));
			case 2 -> new ProvisionDenial(List.of(DataCategory.FINANCE), List.of(KFF, BUF), List.of());
			case 3 -> new ProvisionDenial(List.of(DataCategory.SOCIAL_CASE_ADULT), List.of(BUF), List.of(mother));
			default -> new ProvisionDenial(List.of(DataCategory.SCHOOL), List.of(BIF), List.of());
		};
	}

	private static Provision withException(Provision provision, ProvisionDenial exception) {
		List<ProvisionDenial> exceptions = new ArrayList<>(provision.exceptions());
		exceptions.add(exception);
		return new Provision(provision.recipients(), provision.categories(), exceptions);
	}

	private ConsentVersion withdrawn(ConsentVersion previous, Family family, LocalDate on, String note) {
		Instant at = this.draws.instant(on);
		String by = caseworkerOn(family, on);
		return next(previous, ConsentState.WITHDRAWN, previous.provisions().get(0), previous.period(),
				new Withdrawal(at, by, note), at, by, previous.subjectIds());
	}

	private static ConsentVersion next(ConsentVersion previous, ConsentState state, Provision provision, Period period,
			@Nullable Withdrawal withdrawal, Instant recordedAt, String recordedBy, List<String> subjects) {
		int version = previous.version() + 1;
		return new ConsentVersion(ConsentVersion.documentId(previous.consentId(), version), previous.consentId(),
				version, previous.familyId(), previous.purpose(), state, previous.grantorIds(), subjects,
				List.of(provision), period, previous.signedOn(), previous.signatureMethod(),
				previous.documentReference(), withdrawal, recordedAt, recordedBy);
	}

	private SignatureMethod pickSignatureMethod() {
		double roll = this.draws.nextDouble();
		if (roll < 0.5) {
			return SignatureMethod.WRITTEN;
		}
		// An oral consent gives no access until its evidence is registered: the active
		// courses' consents are signed.
		return (roll < 0.85) ? SignatureMethod.MITID : SignatureMethod.WRITTEN;
	}

}
