package dk.kk.hfi.common;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** A period of dates, both ends inclusive; {@code to} is null while open-ended. */
public record Period(@NotNull LocalDate from, @Nullable LocalDate to) {

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.from) && (this.to == null || !day.isAfter(this.to));
	}

	public boolean hasEndedBefore(LocalDate day) {
		return this.to != null && this.to.isBefore(day);
	}

	@AssertTrue(message = "must not end before it starts")
	boolean isOrdered() {
		return this.from == null || this.to == null || !this.to.isBefore(this.from);
	}

}
