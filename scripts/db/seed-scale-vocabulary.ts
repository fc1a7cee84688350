// The scale seed's vocabulary, as SQL array literals, and the newsroom staff it adds.

export const list = (items: string[]) =>
  `ARRAY[${items.map((s) => `'${s.replace(/'/g, "''")}'`).join(',')}]`;

export const TOPICS = list([
  'unemployment',
  'inflation',
  'violent crime',
  'the budget deficit',
  'youth unemployment',
  'child poverty',
  'housing costs',
  'energy prices',
  'net migration',
  'the birth rate',
  'exports',
  'average wages',
  'rents',
  'hospital waiting times',
  'school funding',
  'carbon emissions',
  'public debt',
  'tax revenue',
  'fuel prices',
  'food prices',
  'homelessness',
  'broadband coverage',
  'bus ridership',
  'teacher vacancies',
]);
export const GROUPS = list([
  'voters',
  'households',
  'small businesses',
  'nurses',
  'students',
  'pensioners',
  'farmers',
  'commuters',
]);
export const POLICIES = list([
  'new tax plan',
  'pension reform',
  'rent cap',
  'fuel subsidy',
  'minimum wage rise',
  'school meals scheme',
  'speed limit change',
  'border checks',
]);
export const CHANGES = list([
  'doubled',
  'halved',
  'tripled',
  'fallen by a third',
  'risen by a quarter',
]);
export const DIRECTIONS = list(['rose', 'fell', 'climbed', 'dropped']);
export const REGIONS = list([
  'the north',
  'the capital',
  'the coast',
  'the south-east',
  'rural areas',
  'the border region',
]);
export const MONTHS = list([
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);
export const FIRST_NAMES = list(
  'Ana Ben Carla Dmytro Elif Farid Greta Hugo Ines Jonas Kemal Lena Marta Nikos Olga Pavel Rosa Samir Tomas Ulla Vera Wim Yara Zeno Aoife'.split(
    ' ',
  ),
);
export const LAST_NAMES = list(
  'Adler Baptiste Costa Duarte Eriksen Fischer Garcia Horvat Ivanova Jensen Kowalski Larsen Moreau Novak Oliveira Petrov Quinn Rossi Santos Tanaka Ulrich Varga Weber Xu Yilmaz Zielinski Brandt Cruz Dahl Engel Fontaine Gallo Haas Ito Janssen Keller Lund Meyer Nagy Ortiz'.split(
    ' ',
  ),
);
export const ROLES = list([
  'Prime Minister',
  'finance minister',
  'opposition leader',
  'mayor',
  'health minister',
  'MP',
  'union leader',
  'central bank governor',
  'senator',
  'business lobby chief',
]);
export const OUTLETS = list([
  'Daily Ledger',
  'Evening Courier',
  'Metro Wire',
  'National Broadcaster',
  'Parliament Transcript',
  'Regional Post',
]);

/** Extra newsroom staff (password: the demo journalist's), so assignments spread over a desk. */
export const SCALE_STAFF: { email: string; name: string; role: 'JOURNALIST' | 'EDITOR' }[] = [
  ...Array.from({ length: 16 }, (_, n) => ({
    email: `scale-journalist-${String(n + 1).padStart(2, '0')}@factdesk.test`,
    name: `Scale Journalist ${String(n + 1).padStart(2, '0')}`,
    role: 'JOURNALIST' as const,
  })),
  ...Array.from({ length: 8 }, (_, n) => ({
    email: `scale-editor-${String(n + 1).padStart(2, '0')}@factdesk.test`,
    name: `Scale Editor ${String(n + 1).padStart(2, '0')}`,
    role: 'EDITOR' as const,
  })),
];

export const DEMO_JOURNALIST = 'journalist@factdesk.test';
export const DEMO_EDITOR = 'editor@factdesk.test';
