package dk.kk.hfi.measure;

import java.time.LocalDate;

/** KFF's bridging of a member into a leisure activity. */
public record LeisureBridging(String activity, String provider, int trialLessons, int paidDkk, boolean retained,
		LocalDate retainedCheckedOn) {

}
