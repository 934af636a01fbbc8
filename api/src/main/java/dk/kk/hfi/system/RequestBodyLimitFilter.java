package dk.kk.hfi.system;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the memory request bodies can take: a body over the maximum is refused with 413
 * before it is read, and the bytes of all large bodies in flight share one budget; a
 * request that cannot get its share within the wait is answered 503 with
 * {@code Retry-After}. Small bodies pass uncounted, so ordinary queries go on during a
 * flood of maximal ones. A body without a declared length is read here, up to the
 * maximum.
 */
final class RequestBodyLimitFilter extends OncePerRequestFilter {

	private static final int KIB = 1024;

	private final long maxBody;

	private final long unmetered;

	private final long waitNanos;

	/** In KiB. */
	private final Semaphore budget;

	private final int budgetSize;

	RequestBodyLimitFilter(EdgeLimitProperties limits) {
		this.maxBody = limits.maxBodySize().toBytes();
		this.unmetered = limits.unmeteredBodySize().toBytes();
		this.waitNanos = limits.bodyWait().toNanos();
		this.budgetSize = (int) Math.max(1, limits.inFlightBodySize().toBytes() / KIB);
		this.budget = new Semaphore(this.budgetSize, true);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		boolean unknownLength = length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
		if (length > this.maxBody) {
			tooLarge(response);
			return;
		}
		if (length <= 0 && !unknownLength) {
			chain.doFilter(request, response);
			return;
		}
		long charge = unknownLength ? this.maxBody : length;
		int permits = (charge <= this.unmetered) ? 0 : (int) Math.min(this.budgetSize, (charge + KIB - 1) / KIB);
		if (permits > 0 && !acquire(permits)) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			HttpErrors.write(response, 503);
			return;
		}
		try {
			HttpServletRequest bounded = request;
			if (unknownLength) {
				byte[] body = readAtMost(request.getInputStream(), this.maxBody);
				if (body == null) {
					tooLarge(response);
					return;
				}
				bounded = new BufferedBodyRequest(request, body);
			}
			chain.doFilter(bounded, response);
		}
		finally {
			this.budget.release(permits);
		}
	}

	private boolean acquire(int permits) {
		try {
			return this.budget.tryAcquire(permits, this.waitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private void tooLarge(HttpServletResponse response) throws IOException {
		HttpErrors.write(response, 413, HttpErrors.codeOf(413),
				"The request body is larger than the limit of " + this.maxBody + " bytes",
				Map.of("limit", this.maxBody));
	}

	/** The body, or null when it is longer than {@code max}. */
	private static byte @Nullable [] readAtMost(InputStream in, long max) throws IOException {
		byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		return (body.length > max) ? null : body;
	}

	/** A request whose body was read (bounded) by the filter. */
	private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body is already read");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			Charset charset = (getCharacterEncoding() != null) ? Charset.forName(getCharacterEncoding())
					: StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

}
