package dk.kk.hfi.report;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import dk.kk.hfi.GraphQlTestSupport;

/**
 * Tests over the {@link ReportDataSet}: it is inserted once before the class's tests and
 * removed after them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WithReportDataSet extends GraphQlTestSupport {

	@Autowired
	protected MongoTemplate mongo;

	@BeforeAll
	void insertDataSet() {
		ReportDataSet.remove(this.mongo);
		new ReportDataSet().insert(this.mongo);
	}

	@AfterAll
	void removeDataSet() {
		ReportDataSet.remove(this.mongo);
	}

}
