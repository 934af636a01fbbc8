package dk.kk.hfi.domain.professional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.kk.hfi.common.Administration;

/** A professional of one of the five administrations. */
@Document("professionals")
@CompoundIndex(name = "administration_name", def = "{'administration': 1, 'name': 1}")
public record Professional(@Id String id, @Version @Nullable Long version, @Indexed String name,
		Administration administration, ProfessionalRole role, @Nullable String title, @Nullable String email,
		@Nullable String phone, @Indexed boolean supportTeam) {

}
