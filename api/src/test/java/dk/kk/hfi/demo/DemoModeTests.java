package dk.kk.hfi.demo;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import dk.kk.hfi.HfiApplication;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Demo mode can never run next to a real identity provider. */
class DemoModeTests {

	@Test
	void demoModeIsRefusedWhenARealIssuerIsConfigured() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(HfiApplication.class).run("--server.port=0",
				"--hfi.store.mode=memory", "--hfi.demo.enabled=true", "--spring.main.banner-mode=off",
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=https://login.example.org/realms/kk"))
			.hasStackTraceContaining("Demo mode issues its own tokens and is refused when a real issuer is configured");
	}

}
