package dk.kk.hfi.plan;

import dk.kk.hfi.domain.family.Member;

/** A member whose perspective the plan lacks. */
public record MissingVoice(Member member, MissingVoiceReason reason) {

}
