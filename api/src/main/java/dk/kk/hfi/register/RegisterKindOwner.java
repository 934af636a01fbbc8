package dk.kk.hfi.register;

import org.springframework.stereotype.Component;

import dk.kk.hfi.access.KindOwner;

/** Who owns register observations of a kind, for the operation policy. */
@Component
class RegisterKindOwner implements KindOwner {

	@Override
	public Class<RegisterKind> kinds() {
		return RegisterKind.class;
	}

}
