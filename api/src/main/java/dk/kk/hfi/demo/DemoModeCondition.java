package dk.kk.hfi.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import dk.kk.hfi.system.StoreSettings;

/** Matches when demo mode is on: by default only with the embedded store. */
class DemoModeCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return StoreSettings.demoEnabled(context.getEnvironment());
	}

}
