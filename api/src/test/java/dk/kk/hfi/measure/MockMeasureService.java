package dk.kk.hfi.measure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A mock of the package's MeasureService for the slice tests (the type is not visible
 * outside its package).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockitoBean(types = MeasureService.class)
public @interface MockMeasureService {

}
