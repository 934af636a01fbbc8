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

import org.springframework.graphql.data.pagination.CursorEncoder;

/**
 * Seals cursors with AES-GCM: a keyset position carries the sort key (a family's or
 * professional's name), so it is encrypted, and the tag makes a forged, altered or
 * foreign cursor fail to open instead of moving the window.
 */
public final class SealedCursorEncoder implements CursorEncoder {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(SealedCursorEncoder::newCipher);

	private SealedCursorEncoder(SecretKey key) {
		this.key = key;
	}

	/**
	 * A key derived from a configured secret (every instance of a deployment must share
	 * it).
	 */
	public static SealedCursorEncoder withSecret(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return new SealedCursorEncoder(new SecretKeySpec(digest, "AES"));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A random key: cursors stay valid until the application restarts. */
	public static SealedCursorEncoder withRandomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return new SealedCursorEncoder(new SecretKeySpec(key, "AES"));
	}

	@Override
	public String encode(String cursor) {
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		try {
			Cipher cipher = this.ciphers.get();
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(cursor.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String decode(String cursor) {
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
