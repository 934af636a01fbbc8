package dk.kk.hfi.plan;

/** A theme of the plan in the family's own words; {@code memberId} null for the whole family. */
public record Theme(String id, ThemeSection section, String memberId, String text) {

}
