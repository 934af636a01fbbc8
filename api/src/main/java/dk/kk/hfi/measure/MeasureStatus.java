package dk.kk.hfi.measure;

/** Status of a measure. */
public enum MeasureStatus {

	PLANNED, ACTIVE, ENDED

}
