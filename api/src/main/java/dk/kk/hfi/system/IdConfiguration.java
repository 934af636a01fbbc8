package dk.kk.hfi.system;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.kk.hfi.common.IdGenerator;

/** New documents get random ids, which say nothing about the family or its order. */
@Configuration(proxyBeanMethods = false)
public class IdConfiguration {

	@Bean
	IdGenerator idGenerator() {
		return (prefix) -> prefix + UUID.randomUUID();
	}

}
