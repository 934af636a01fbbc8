package dk.kk.hfi.demo;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Demo mode's signing key, kept in the store ({@code demoSigningKeys}) so that every API
 * process on the same store signs and accepts the same tokens: the first process to start
 * makes it, the others read it.
 */
final class DemoSigningKey {

	static final String COLLECTION = "demoSigningKeys";

	private static final String ID = "demo-rs256";

	/** The key id in tokens and the JWKS: the same in every process on the store. */
	static final String KEY_ID = ID;

	private DemoSigningKey() {
	}

	static KeyPair loadOrCreate(MongoTemplate mongo) {
		Document stored = mongo.getCollection(COLLECTION).find(new Document("_id", ID)).first();
		if (stored == null) {
			KeyPair made = generate();
			try {
				mongo.getCollection(COLLECTION)
					.insertOne(new Document("_id", ID)
						.append("public", Base64.getEncoder().encodeToString(made.getPublic().getEncoded()))
						.append("private", Base64.getEncoder().encodeToString(made.getPrivate().getEncoded())));
				return made;
			}
			catch (DuplicateKeyException | com.mongodb.MongoWriteException ex) {
				// Another process made it first: use theirs.
				stored = mongo.getCollection(COLLECTION).find(new Document("_id", ID)).first();
			}
		}
		try {
			KeyFactory rsa = KeyFactory.getInstance("RSA");
			return new KeyPair(
					rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(stored.getString("public")))),
					rsa.generatePrivate(
							new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored.getString("private")))));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The stored demo signing key cannot be read", ex);
		}
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
