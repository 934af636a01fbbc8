// The GraphQL documents the client sends. Every field the caller may not see comes back null with a
// CONSENT_REQUIRED error at its path.

export const ME = `query Me {
  me { __typename ... on ProfessionalCaller { professional { id name administration title supportTeam role } } }
}`;

export const FAMILIES = `query MyFamilies($first: Int, $after: String, $filter: FamilyFilter) {
  families(first: $first, after: $after, filter: $filter) {
    edges { cursor node {
      id name
      course { status referredOn activatedOn closedOn }
      consents { id status period { from to } }
      plan { membersWithoutVoice { id } }
      meetings { id kind date }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const MEMBER_FIELDS = 'id firstName lastName role';

export const FAMILY_OVERVIEW = `query FamilyOverview($id: ID!) {
  family(id: $id) {
    id version name district household { street postalCode city }
    members { ${MEMBER_FIELDS} cpr age phone email livesInHousehold custodyHolder relations { kind member { id firstName } } }
    course { status referredOn activatedOn closedOn transitions { to on by { name } reason } }
    coreTeam { professional { id name administration title email phone } role since until active }
    consents { id version status period { from to } signedOn signatureMethod
      grantors { id firstName } subjects { id firstName }
      provisions { recipients categories exceptions { categories recipients subjects { id firstName } } }
      withdrawal { withdrawnAt note } }
    measures { id category ownerAdministration kind member { id firstName } legalBasis period { from to } status yearlyCostDkk
      leisure { activity provider } }
    meetings { id kind date professionals { name } members { firstName } decisions }
    withheld { category reason }
  }
}`;

export const FAMILY_CONSENTS = `query FamilyConsents($id: ID!) {
  family(id: $id) {
    id version name
    members { ${MEMBER_FIELDS} age custodyHolder custodyHistory { holders { id } effectiveFrom } }
    consents { id version status purpose period { from to } signedOn signatureMethod documentReference recordedAt
      recordedBy { name }
      grantors { id firstName } subjects { id firstName }
      provisions { recipients categories exceptions { categories recipients subjects { id firstName } } }
      withdrawal { withdrawnAt note recordedBy { name } } }
  }
}`;

export const RECORD_CONSENT = `mutation RecordConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) { consent { id version status } }
}`;

export const SET_CUSTODY = `mutation SetCustody($input: SetCustodyInput!) {
  setCustody(input: $input) { family { id version } }
}`;

export const WITHDRAW_CONSENT = `mutation WithdrawConsent($input: WithdrawConsentInput!) {
  withdrawConsent(input: $input) { consent { id version status } }
}`;

export const ACCESS_LOG = `query AccessLog($id: ID!, $first: Int, $after: String) {
  family(id: $id) {
    id name
    members { id firstName }
    accessEntries(first: $first, after: $after) {
      edges { cursor node { at callerId callerKind administration operationName memberIds
        objects { objectType objectId disclosed { category basis } denied { category reason } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

/** One query naming several professionals by id (aliases p0, p1, …): the access log's callers. */
export function professionalNames(count) {
  const variables = Array.from({ length: count }, (_, i) => `$p${i}: ID!`).join(', ');
  const fields = Array.from({ length: count }, (_, i) => `p${i}: professional(id: $p${i}) { id name title administration }`).join('\n  ');
  return `query ProfessionalNames(${variables}) {\n  ${fields}\n}`;
}

const PLAN_FIELDS = `id version updatedAt
  themes { id version section member { id firstName } text }
  goals { id version text member { id firstName } administrationGoal status }
  actions { id version goalId meetingId description professional { id name title phone } member { id firstName } administration due status principles }
  voices { version member { id firstName } said recordedOn }
  membersWithoutVoice { id firstName }`;

export const FAMILY_PLAN = `query FamilyPlan($id: ID!) {
  family(id: $id) {
    id name
    course { status }
    members { ${MEMBER_FIELDS} }
    coreTeam { professional { id name administration title phone email } active }
    plan { ${PLAN_FIELDS} }
  }
}`;

export const SAVE_PLAN = `mutation SavePlan($input: SavePlanInput!) {
  savePlan(input: $input) { plan { ${PLAN_FIELDS} } }
}`;

const PLAN_MUTATIONS = {
  startPlan: 'StartPlanInput',
  savePlanTheme: 'SavePlanThemeInput',
  savePlanGoal: 'SavePlanGoalInput',
  savePlanAction: 'SavePlanActionInput',
  savePlanVoice: 'SavePlanVoiceInput',
  movePlanItem: 'MovePlanItemInput',
  removePlanItem: 'RemovePlanItemInput',
};

/** The document of one item-level plan mutation (e.g. "savePlanGoal"), answering the whole plan. */
export function planMutation(name) {
  return `mutation PlanChange($input: ${PLAN_MUTATIONS[name]}!) { result: ${name}(input: $input) { plan { ${PLAN_FIELDS} } } }`;
}

export const HANDOVER = `query Handover($id: ID!) {
  family(id: $id) {
    id name
    members { id firstName role }
    course { status referredOn activatedOn closedOn transitions { to on by { name } reason } }
    coreTeam { professional { id name administration title phone email } role since until active }
    plan { version updatedAt updatedBy { name }
      goals { id text status administrationGoal member { firstName } }
      actions { id goalId description due status meetingId professional { name } member { firstName } administration } }
    meetings { id kind date decisions professionals { name } members { firstName }
      actions { id description due status professional { name } member { firstName } } }
    measures { id kind category ownerAdministration member { firstName } period { from to } status }
    consents { id status signedOn recordedAt period { from to } grantors { firstName } }
    timeline { id kind on summary by { name } }
    withheld { category reason }
    myAccess { member { id firstName } categories { category visible reason
      wouldBePermittedBy { grantors { firstName } recipient category } } }
  }
}`;

export const FAMILY_MEETINGS = `query FamilyMeetings($id: ID!) {
  family(id: $id) {
    id name
    members { id firstName role }
    coreTeam { professional { id name title administration } active }
    plan { goals { id text } }
    meetings { id kind date decisions professionals { name } members { firstName }
      actions { id description due status professional { name } member { firstName } } }
    measures { id version kind category ownerAdministration member { id firstName } legalBasis period { from to } status }
    withheld { category reason }
  }
  measureCatalogue { kind name ownerAdministration typicalLegalBasis }
}`;

export const RECORD_MEETING = `mutation RecordMeeting($input: RecordMeetingInput!) {
  recordMeeting(input: $input) { meeting { id } }
}`;

export const RECORD_MEASURE = `mutation RecordMeasure($input: RecordMeasureInput!) {
  recordMeasure(input: $input) { measure { id } }
}`;

export const UPDATE_MEASURE = `mutation UpdateMeasure($input: UpdateMeasureInput!) {
  updateMeasure(input: $input) { measure { id version status period { from to } } }
}`;

export const MY_ACCESS = `query MyAccess($id: ID!) {
  family(id: $id) {
    id
    myAccess { member { id firstName } categories { category visible reason
      wouldBePermittedBy { grantors { id firstName } recipient category } } }
  }
}`;

/** The document asking for one evaluation report (field: e.g. "stressReactionsReport"). */
export function reportQuery(field) {
  return `query Report($period: String!, $district: District) {
  report: ${field}(period: $period, district: $district) {
    name title period { from to } district families members
    missing { data description count }
    rows { item label series step figure { state unit value count base } }
  }
}`;
}
