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
