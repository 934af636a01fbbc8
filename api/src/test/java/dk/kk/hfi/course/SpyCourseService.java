package dk.kk.hfi.course;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A spy on the package's CourseService for the slice tests (the type is not visible
 * outside its package): the course's computed fields are its rules, so the real service
 * runs; a test stubs or verifies single methods.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockitoSpyBean(types = CourseService.class)
public @interface SpyCourseService {

}
