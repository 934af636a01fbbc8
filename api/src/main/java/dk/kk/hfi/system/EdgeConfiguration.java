package dk.kk.hfi.system;

import java.util.List;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/**
 * The edge of the server: bounded request bodies ({@link RequestBodyLimitFilter}, after
 * authentication, so an anonymous body is never read), and a JSON error body with a code
 * for every error, wherever it arises ({@link JsonErrorFilter},
 * {@link HttpErrorResolver}, {@link JsonErrorController}, {@link JsonErrorReportValve}).
 */
@Configuration(proxyBeanMethods = false)
class EdgeConfiguration implements WebMvcConfigurer {

	@Bean
	FilterRegistrationBean<JsonErrorFilter> jsonErrorFilter() {
		FilterRegistrationBean<JsonErrorFilter> registration = new FilterRegistrationBean<>(new JsonErrorFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(EdgeLimitProperties limits) {
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(limits));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> jsonErrorReports() {
		// Added after Spring Boot's own error report valve, so it runs first and answers.
		return (factory) -> factory
			.addContextCustomizers((context) -> context.getParent().getPipeline().addValve(new JsonErrorReportValve()));
	}

	/**
	 * Before Spring's default resolver (which logs the message), after controllers' own
	 * exception handlers.
	 */
	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		int after = 0;
		for (int i = 0; i < resolvers.size(); i++) {
			if (resolvers.get(i) instanceof ExceptionHandlerExceptionResolver) {
				after = i + 1;
			}
		}
		resolvers.add(after, new HttpErrorResolver());
	}

}
