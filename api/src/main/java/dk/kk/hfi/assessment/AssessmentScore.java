package dk.kk.hfi.assessment;

/** One item's score on the four-step scale. */
public record AssessmentScore(AssessmentItem item, Degree degree) {

}
