package dk.kk.hfi.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits at the edge, before a request reaches its endpoint: the largest body accepted
 * ({@code maxBodySize}, larger is 413), and how many body bytes may be in flight at once
 * over all requests ({@code inFlightBodySize}); a request whose body does not fit waits
 * up to {@code bodyWait} and is then answered 503. Bodies up to {@code unmeteredBodySize}
 * (every ordinary query) are not counted, so they are served during a flood.
 */
@ConfigurationProperties("hfi.limits")
public record EdgeLimitProperties(DataSize maxBodySize, DataSize inFlightBodySize, DataSize unmeteredBodySize,
		Duration bodyWait) {

	public EdgeLimitProperties {
		maxBodySize = (maxBodySize != null) ? maxBodySize : DataSize.ofMegabytes(1);
		inFlightBodySize = (inFlightBodySize != null) ? inFlightBodySize : DataSize.ofMegabytes(4);
		unmeteredBodySize = (unmeteredBodySize != null) ? unmeteredBodySize : DataSize.ofKilobytes(64);
		bodyWait = (bodyWait != null) ? bodyWait : Duration.ofSeconds(2);
	}

}
