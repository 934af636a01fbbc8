package dk.kk.hfi.measure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import dk.kk.hfi.change.ChangeFeed;
import dk.kk.hfi.change.ChangeKind;
import dk.kk.hfi.common.ByFamily;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.common.IdGenerator;
import dk.kk.hfi.common.Period;
import dk.kk.hfi.common.Versions;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.family.FamilyService;
import dk.kk.hfi.measure.MeasureInputs.LeisureBridgingInput;
import dk.kk.hfi.measure.MeasureInputs.RecordMeasureInput;
import dk.kk.hfi.measure.MeasureInputs.UpdateMeasureInput;

/**
 * The rules of measures: an administration records and changes its own measures (the
 * support team any), each change one version-checked write of the measure.
 */
@Service
class MeasureService {

	private final FamilyService families;

	private final ChangeFeed changes;

	private final Clock clock;

	private final MeasureRepository measures;

	private final IdGenerator ids;

	MeasureService(FamilyService families, MeasureRepository measures, Clock clock, ChangeFeed changes,
			IdGenerator ids) {
		this.ids = ids;
		this.changes = changes;
		this.clock = clock;
		this.families = families;
		this.measures = measures;
	}

	/** The families' measures, one look-up for all. */
	Map<Family, List<Measure>> measuresOf(List<Family> families) {
		return ByFamily.group(families, Family::id, this.measures::findByFamilyIdIn, Measure::familyId);
	}

	Measure record(Caller caller, RecordMeasureInput input) {
		Family family = this.families.findWithMember(caller, input.familyId(), input.memberId(), "input.memberId");
		LeisureBridging leisure = leisure(input.kind(), input.leisure());
		String legalBasis = (input.legalBasis() != null) ? input.legalBasis().strip()
				: input.kind().typicalLegalBasis();
		MeasureStatus status = (input.status() != null) ? input.status() : statusOf(input.period());
		return changed(this.measures
			.insert(new Measure(this.ids.next("mea-"), null, family.id(), input.memberId(), input.kind(),
					input.kind().owner(), legalBasis, input.period(), status, input.yearlyCostDkk(), leisure)));
	}

	private Measure changed(Measure measure) {
		this.changes.changed(ChangeKind.MEASURE, measure, measure.category());
		return measure;
	}

	Measure update(Caller caller, UpdateMeasureInput input) {
		Measure old = this.measures.findById(input.measureId()).orElseThrow(() -> HfiException.notFound("Measure"));
		Versions.requireCurrent(old.version(), input.expectedVersion(), "The measure");
		Period period = (input.period() != null) ? input.period() : old.period();
		LeisureBridging leisure = (input.leisure() != null) ? leisure(old.kind(), input.leisure()) : old.leisure();
		try {
			return changed(this.measures.save(new Measure(old.id(), old.version(), old.familyId(), old.memberId(),
					old.kind(), old.ownerAdministration(),
					(input.legalBasis() != null) ? input.legalBasis().strip() : old.legalBasis(), period,
					(input.status() != null) ? input.status() : old.status(),
					(input.yearlyCostDkk() != null) ? input.yearlyCostDkk() : old.yearlyCostDkk(), leisure)));
		}
		catch (OptimisticLockingFailureException ex) {
			throw HfiException.conflict("The measure");
		}
	}

	private static @Nullable LeisureBridging leisure(MeasureKind kind, @Nullable LeisureBridgingInput input) {
		if (kind == MeasureKind.LEISURE_BRIDGING && input == null) {
			throw HfiException.badInput("Leisure bridging needs its details: activity, provider, lessons, fees");
		}
		if (kind != MeasureKind.LEISURE_BRIDGING && input != null) {
			throw HfiException.badInput("Only leisure bridging has leisure details");
		}
		return (input != null) ? input.toLeisure() : null;
	}

	private MeasureStatus statusOf(Period period) {
		LocalDate today = LocalDate.now(this.clock);
		if (period.from().isAfter(today)) {
			return MeasureStatus.PLANNED;
		}
		return period.hasEndedBefore(today) ? MeasureStatus.ENDED : MeasureStatus.ACTIVE;
	}

}
