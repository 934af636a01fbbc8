package dk.kk.hfi.plan;

import dk.kk.hfi.common.Administration;

/** A goal of the plan, serving one administration's goal. */
public record Goal(String id, String text, String memberId, Administration administrationGoal, GoalStatus status) {

}
