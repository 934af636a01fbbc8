package dk.kk.hfi.common;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals cursors with AES-GCM, the one place a cursor is sealed and opened. A keyset
 * position carries the sort key (a family's or professional's name), so it is encrypted;
 * the binding (who asked, and for which connection) is authenticated with it as
 * associated data, so a forged or altered cursor, or one presented by another caller or
 * to another connection, fails to open instead of moving the window. The binding is not
 * in the cursor: it is what the server computes again from the request that presents it.
 */
public final class CursorSeal {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(CursorSeal::newCipher);

	private CursorSeal(SecretKey key) {
		this.key = key;
	}

	/**
	 * A key derived from a configured secret (every instance of a deployment must share
	 * it; cursors then outlive a restart).
	 */
	public static CursorSeal withSecret(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return new CursorSeal(new SecretKeySpec(digest, "AES"));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A random key: cursors stay valid until the application restarts. */
	public static CursorSeal withRandomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return new CursorSeal(new SecretKeySpec(key, "AES"));
	}

	/** The position sealed for the binding. */
	public String seal(String position, String binding) {
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		try {
			Cipher cipher = this.ciphers.get();
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(position.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The position of a cursor sealed for the binding; anything else (malformed, altered,
	 * sealed for another binding or with another key) is BAD_USER_INPUT, with one message
	 * that tells none of these apart.
	 */
	public String open(String cursor, String binding) {
		byte[] bytes;
		try {
			bytes = Base64.getUrlDecoder().decode(cursor);
		}
		catch (IllegalArgumentException ex) {
			throw HfiException.badInput(Paging.INVALID_CURSOR);
		}
		if (bytes.length < IV_BYTES + TAG_BITS / 8) {
			throw HfiException.badInput(Paging.INVALID_CURSOR);
		}
		try {
			Cipher cipher = this.ciphers.get();
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
			cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw HfiException.badInput(Paging.INVALID_CURSOR);
		}
	}

	private static Cipher newCipher() {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
