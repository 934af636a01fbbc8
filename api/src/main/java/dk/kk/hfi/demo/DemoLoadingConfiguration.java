package dk.kk.hfi.demo;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlHandler;

/** What loading the demo through the API needs, only where the demo is seeded. */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoSeedCondition.class)
class DemoLoadingConfiguration {

	@Bean
	static BeanPostProcessor demoIdGenerator() {
		return DemoIdGenerator.installer();
	}

	@Bean
	DemoApi demoApi(WebGraphQlHandler handler, GraphQlSource source) {
		return new DemoApi(handler, source);
	}

}
