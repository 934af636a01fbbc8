package dk.kk.hfi.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The static client is in Danish: its pages and files say so
 * ({@code Content-Language: da}); the API's answers do not.
 */
@Component
class ContentLanguageFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!StaticClientPaths.isApi(request)) {
			response.setHeader("Content-Language", "da");
			// The container derives Content-Language from the response locale (English by
			// default): keep ours.
			chain.doFilter(request, new HttpServletResponseWrapper(response) {
				@Override
				public void setLocale(Locale locale) {
				}
			});
			return;
		}
		chain.doFilter(request, response);
	}

}
