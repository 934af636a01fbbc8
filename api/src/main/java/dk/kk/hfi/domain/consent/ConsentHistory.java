package dk.kk.hfi.domain.consent;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/** Picks the current version of each consent out of its stored versions. */
public final class ConsentHistory {

	private ConsentHistory() {
	}

	/** The newest version of each consent, newest recorded first. */
	public static List<ConsentVersion> current(List<ConsentVersion> versions) {
		Map<String, ConsentVersion> newest = versions.stream()
			.collect(Collectors.toMap(ConsentVersion::consentId, (version) -> version,
					BinaryOperator.maxBy(Comparator.comparingInt(ConsentVersion::version))));
		return newest.values().stream().sorted(Comparator.comparing(ConsentVersion::recordedAt).reversed()).toList();
	}

}
