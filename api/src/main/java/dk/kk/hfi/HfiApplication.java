package dk.kk.hfi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** HFI Family Graph: GraphQL over MongoDB with consent-scoped access. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HfiApplication {

	public static void main(String[] args) {
		SpringApplication.run(HfiApplication.class, args);
	}

}
