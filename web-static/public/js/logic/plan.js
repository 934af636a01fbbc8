// Familiens Plan arranged for the board and the printed page. Pure.

/** One column per member who has something in the plan, plus one for the whole family. */
export function planColumns(plan, members) {
  const columns = new Map();
  const column = (member) => {
    const key = member?.id ?? 'family';
    if (!columns.has(key)) {
      const full = members.find((m) => m.id === member?.id);
      columns.set(key, { key, member: full ?? member ?? null, themes: [], goals: [], voices: [] });
    }
    return columns.get(key);
  };
  column(null);
  for (const member of members) {
    column(member);
  }
  for (const theme of plan.themes ?? []) {
    column(theme.member).themes.push(theme);
  }
  for (const goal of plan.goals ?? []) {
    column(goal.member).goals.push({ ...goal, actions: (plan.actions ?? []).filter((a) => a.goalId === goal.id) });
  }
  for (const voice of plan.voices ?? []) {
    column(voice.member).voices.push(voice);
  }
  const goalIds = new Set((plan.goals ?? []).map((g) => g.id));
  const loose = (plan.actions ?? []).filter((a) => !a.goalId || !goalIds.has(a.goalId));
  return { columns: [...columns.values()], looseActions: loose };
}

/** Who does an action, in words. */
export function actionDoer(action) {
  if (action.professional) {
    return action.professional.title ? `${action.professional.name} (${action.professional.title})` : action.professional.name;
  }
  if (action.member) {
    return action.member.firstName;
  }
  return action.administration ?? 'Ikke fordelt';
}

/** Plain words for a goal's status, for the family. */
export const PLAIN_GOAL_STATUS = {
  NOT_STARTED: 'Ikke begyndt endnu',
  IN_PROGRESS: 'Vi er i gang',
  REACHED: 'Nået',
  DROPPED: 'Sat på pause',
};

/** The whole plan as SavePlanInput (the API saves the plan as a whole). */
export function toSavePlanInput(familyId, plan) {
  const present = (object) => Object.fromEntries(Object.entries(object).filter(([, value]) => value != null));
  return {
    familyId,
    expectedVersion: plan.version,
    themes: (plan.themes ?? []).map((t) => present({ id: t.id, section: t.section, memberId: t.member?.id, text: t.text })),
    goals: (plan.goals ?? []).map((g) => present({ id: g.id, text: g.text, memberId: g.member?.id,
      administrationGoal: g.administrationGoal, status: g.status })),
    actions: (plan.actions ?? []).map((a) => present({ id: a.id, goalId: a.goalId, description: a.description,
      professionalId: a.professional?.id, memberId: a.professional ? null : a.member?.id, administration: a.administration,
      due: a.due, status: a.status, principles: a.principles })),
    voices: (plan.voices ?? []).map((v) => present({ memberId: v.member?.id, said: v.said, recordedOn: v.recordedOn })),
  };
}

/** The plan with a goal replaced (same id) or added (no id). */
export function withGoal(plan, goal) {
  const goals = plan.goals ?? [];
  return { ...plan, goals: goal.id ? goals.map((g) => (g.id === goal.id ? { ...g, ...goal } : g)) : [...goals, goal] };
}

/** The plan with an action replaced (same id) or added (no id). */
export function withAction(plan, action) {
  const actions = plan.actions ?? [];
  return { ...plan, actions: action.id ? actions.map((a) => (a.id === action.id ? { ...a, ...action } : a)) : [...actions, action] };
}
