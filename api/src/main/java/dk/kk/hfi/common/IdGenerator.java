package dk.kk.hfi.common;

/**
 * Gives new documents and new plan items their ids: random in the application, the known
 * ones where the demo loads its data through the API.
 */
@FunctionalInterface
public interface IdGenerator {

	/** A new id, starting with the prefix (which may be empty). */
	String next(String prefix);

}
