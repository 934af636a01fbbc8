package dk.kk.hfi.plan;

import java.time.LocalDate;

/** What a member said they want. */
public record Voice(String memberId, String said, LocalDate recordedOn) {

}
