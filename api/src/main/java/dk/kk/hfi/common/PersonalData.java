package dk.kk.hfi.common;

import java.util.Collection;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A record of personal data: which family it belongs to, which administrations own it
 * (statutory basis), which members it is about, and, where the category depends on the
 * record, its category. Every type the schema marks {@code @personalData} is backed by
 * one.
 */
public interface PersonalData {

	String id();

	String familyId();

	Set<Administration> owners();

	Collection<String> subjectIds();

	/**
	 * The record's own category, for fields declared {@code @category} without
	 * {@code is}; null otherwise.
	 */
	default @Nullable DataCategory category() {
		return null;
	}

}
