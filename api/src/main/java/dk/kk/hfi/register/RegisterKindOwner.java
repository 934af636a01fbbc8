package dk.kk.hfi.register;

import org.springframework.stereotype.Component;

import dk.kk.hfi.access.KindOwner;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;

/** Who owns register observations of a kind, for the operation policy. */
@Component
class RegisterKindOwner implements KindOwner {

	@Override
	public String kindType() {
		return "RegisterKind";
	}

	@Override
	public Administration ownerOf(String kind) {
		return RegisterKind.valueOf(kind).owner();
	}

	@Override
	public DataCategory categoryOf(String kind) {
		return RegisterKind.valueOf(kind).category();
	}

}
