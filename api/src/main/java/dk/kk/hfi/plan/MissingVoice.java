package dk.kk.hfi.plan;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.domain.family.Member;

/** A member whose perspective the plan lacks. */
public record MissingVoice(Member member, @Nullable MissingVoiceReason reason) {

}
