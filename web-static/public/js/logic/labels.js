// Danish labels for the API's enums. Pure data: no DOM, no I/O.

export const ADMINISTRATIONS = ['SOF', 'BIF', 'BUF', 'SUF', 'KFF'];

export const ADMINISTRATION_NAMES = {
  SOF: 'Socialforvaltningen',
  BIF: 'Beskæftigelses- og Integrationsforvaltningen',
  BUF: 'Børne- og Ungdomsforvaltningen',
  SUF: 'Sundheds- og Omsorgsforvaltningen',
  KFF: 'Kultur- og Fritidsforvaltningen',
};

// BASIC_IDENTITY is left out of consents: every team member sees names and roles.
export const CONSENT_CATEGORIES = [
  'IDENTITY', 'CONTACT', 'FAMILY_RELATIONS', 'SOCIAL_CASE_CHILD', 'SOCIAL_CASE_ADULT', 'EMPLOYMENT', 'FINANCE',
  'SCHOOL', 'HEALTH', 'LEISURE', 'PLAN', 'ASSESSMENT', 'MEETING',
];

export const CATEGORIES = {
  BASIC_IDENTITY: 'Navne og roller',
  IDENTITY: 'CPR og fødselsdato',
  CONTACT: 'Kontaktoplysninger',
  FAMILY_RELATIONS: 'Familierelationer',
  SOCIAL_CASE_CHILD: 'Børnesag',
  SOCIAL_CASE_ADULT: 'Voksensag',
  EMPLOYMENT: 'Beskæftigelse',
  FINANCE: 'Økonomi',
  SCHOOL: 'Skole og dagtilbud',
  HEALTH: 'Helbred',
  LEISURE: 'Fritid',
  PLAN: 'Familiens Plan',
  ASSESSMENT: 'Vurderinger',
  MEETING: 'Møder',
};

export const DENIAL_REASONS = {
  NO_CONSENT: 'Familien har ikke givet samtykke',
  WITHDRAWN: 'Samtykket er tilbagekaldt',
  EXPIRED: 'Samtykket er udløbet',
  NOT_COVERED: 'Samtykket omfatter ikke dette',
};

export const COURSE_STATUSES = {
  REFERRED: 'Henvist',
  CONSENT_CONVERSATION: 'Samtykkesamtale',
  ACTIVE: 'Aktivt forløb',
  CLOSED: 'Afsluttet',
};

export const CONSENT_STATUSES = {
  DRAFT: 'Kladde',
  AWAITING_SIGNATURE: 'Afventer underskrift',
  ACTIVE: 'Gældende',
  WITHDRAWN: 'Tilbagekaldt',
  EXPIRED: 'Udløbet',
  ENDED: 'Ophørt (forløbet er afsluttet)',
};

/** Consents that no longer give access. */
export const INACTIVE_CONSENT_STATUSES = ['WITHDRAWN', 'EXPIRED', 'ENDED'];

/** Why the server refused a grantor or subject of a consent (extensions.reason). */
export const GRANTOR_REASONS = {
  GRANTOR_UNDER_15: 'Et barn under 15 år kan ikke selv give samtykke: vælg den eller dem, der har forældremyndigheden.',
  NO_CUSTODY_HOLDER: 'Et barn, samtykket handler om, har ingen registreret forældremyndighed: registrér den herunder først.',
  CUSTODY_HOLDER_MISSING: 'Alle med forældremyndighed over børnene skal give samtykket: sæt flueben ved dem.',
  OWN_CONSENT_REQUIRED: 'Unge fra 15 år og voksne skal selv give samtykke til oplysninger om sig selv.',
  NOT_A_MEMBER: 'Den valgte person er ikke medlem af familien.',
};

export const SIGNATURE_METHODS = {
  WRITTEN: 'Skriftligt på papir',
  MITID: 'Digitalt med MitID',
  ORAL_NOTED: 'Mundtligt, noteret på sagen',
};

export const FAMILY_ROLES = {
  MOTHER: 'Mor',
  FATHER: 'Far',
  CHILD: 'Barn',
  STEP_PARENT: 'Papforælder',
  GUARDIAN: 'Værge',
  OTHER: 'Anden',
};

export const RELATION_KINDS = {
  MOTHER: 'mor',
  FATHER: 'far',
  CHILD: 'barn',
  STEP_PARENT: 'papforælder',
  STEP_CHILD: 'papbarn',
  GUARDIAN: 'værge',
  SIBLING: 'søskende',
  PARTNER: '(eks-)partner',
};

export const MEASURE_KINDS = {
  FAMILY_TREATMENT: 'Familiebehandling',
  CONTACT_PERSON: 'Kontaktperson',
  PLACEMENT: 'Anbringelse',
  ALCOHOL_TREATMENT: 'Alkoholbehandling',
  MENTOR: 'Mentor',
  INTERNSHIP: 'Praktik',
  RESOURCE_COURSE: 'Ressourceforløb',
  EDUCATION: 'Uddannelse',
  HEALTH_CONVERSATION: 'Sundhedssamtale',
  PHYSIOTHERAPY: 'Fysioterapi',
  LEISURE_BRIDGING: 'Fritidsbrobygning',
  OTHER: 'Andet tilbud',
};

export const MEASURE_STATUSES = { PLANNED: 'Planlagt', ACTIVE: 'I gang', ENDED: 'Afsluttet' };

export const MEETING_KINDS = {
  START: 'Opstartsmøde',
  CORE_TEAM: 'Kerneteammøde',
  SUPPORT_TEAM: 'Supportteammøde',
  FOLLOW_UP: 'Opfølgningsmøde',
  CLOSING: 'Afslutningsmøde',
};

export const GOAL_STATUSES = {
  NOT_STARTED: 'Ikke startet',
  IN_PROGRESS: 'I gang',
  REACHED: 'Nået',
  DROPPED: 'Droppet',
};

export const ACTION_STATUSES = { OPEN: 'Aftalt', IN_PROGRESS: 'I gang', DONE: 'Gjort', CANCELLED: 'Aflyst' };

export const THEME_SECTIONS = {
  PRIORITY: 'Det fylder nu',
  PARENT_BURDEN: 'Forældrenes belastninger',
  CHILD_BURDEN: 'Børnenes belastninger',
  CHILD_STRESS_REACTION: 'Børnenes stressreaktioner',
};

export const PRINCIPLES = {
  FAMILY: 'Familien i centrum',
  COHERENCE: 'Sammenhæng',
  CONTACT: 'Kontakt',
  WHOLENESS: 'Helhed',
  KNOWLEDGE: 'Viden',
};

export const PROFESSIONAL_ROLES = {
  CHILD_AND_YOUTH_CASEWORKER: 'Børne- og ungerådgiver',
  JOB_CASEWORKER: 'Jobrådgiver',
  FAMILY_THERAPIST: 'Familiebehandler',
  MENTOR: 'Mentor',
  SCHOOL_SOCIAL_WORKER: 'Skolesocialrådgiver',
  HEALTH_VISITOR: 'Sundhedsplejerske',
  PSYCHOLOGIST: 'Psykolog',
  PHYSIOTHERAPIST: 'Fysioterapeut',
  BRIDGE_BUILDER: 'Brobygger',
  LEISURE_CONSULTANT: 'Fritidskonsulent',
  COORDINATOR: 'Koordinator',
  SPECIALIST: 'Specialist',
  CONSULTANT: 'Tværfaglig konsulent',
  HFI_REPRESENTATIVE: 'HFI-repræsentant',
  LEADER: 'Leder',
};

export const DISTRICTS = { NORREBRO: 'Nørrebro', BISPEBJERG: 'Bispebjerg', OTHER: 'Andet sted i København' };

export const ACCESS_BASES = {
  OWN_DATA: 'Egne data (lovhjemmel)',
  CONSENT: 'Samtykke',
  TEAM_COLLABORATION: 'Samarbejde i teamet',
};

/** The label of an enum value, or the value itself when unknown (never an empty string). */
export function label(table, value) {
  if (value == null) {
    return '';
  }
  return table[value] ?? String(value);
}
