import { z } from 'zod';

// The app's Content-Security-Policy forbids eval, so zod could not compile its checks in the browser anyway.
// Without this it probes with `new Function` (a reported policy violation), and tests would run another path.
z.config({ jitless: true });

/**
 * The data format of a story graph. This zod schema *is* the format: the TypeScript types are inferred
 * from it and `data/graph.schema.json` is generated from it (`npm run schema`).
 * Cross-references (link ends, season ids, source ids) are checked after parsing, in `integrity.ts`.
 */

export const NODE_KINDS = ['character', 'actor', 'season', 'location'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const STORY_LINK_KINDS = ['relationship', 'trauma', 'loyalty'] as const;
export const STRUCTURAL_LINK_KINDS = ['plays', 'appears-in', 'tied-to'] as const;
export const LINK_KINDS = [...STORY_LINK_KINDS, ...STRUCTURAL_LINK_KINDS] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const RELATIONSHIP_TYPES = [
  'family',
  'friendship',
  'romance',
  'crush',
  'classmates',
  'teacher',
  'rivalry',
  'bullying',
  'hierarchy',
  // A relationship of a kind this format has no name for, e.g. from an opened file; the label says which.
  'other',
] as const;
export const TRAUMA_TYPES = [
  'killed',
  'infected',
  'attacked',
  'bullied',
  'coerced',
  'abandoned',
  'captivity',
  'witnessed-death',
] as const;
export const LOYALTY_TYPES = ['protects', 'sacrifices-self-for', 'betrays'] as const;

/** How sure a fact is: seen in an aired episode, stated before release, or read between the lines. */
export const CERTAINTIES = ['on-screen', 'announced', 'inferred'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const CHARACTER_STATES = ['alive', 'dead', 'zombie', 'half-zombie', 'infected', 'unknown'] as const;
export type CharacterState = (typeof CHARACTER_STATES)[number];

const id = z.string().min(1).max(200);
const text = z.string().min(1).max(2000);
// Names get more room than other text: the UI shortens long ones on display, never rejects them.
const name = z.string().min(1).max(10_000);
const seasonIds = z.array(id).min(1).describe('ids of the season nodes this holds in');

/** Provenance shared by every fact: where it holds, who says so, how sure, and when it is first shown. */
const factFields = {
  seasons: seasonIds,
  sources: z.array(id).min(1).describe('ids from the top-level sources list'),
  certainty: z.enum(CERTAINTIES),
  reason: text.optional().describe('required when certainty is "inferred"'),
  reasonKo: text.optional().describe('the reason in Korean'),
  episode: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('episode of the first listed season in which the fact is first shown'),
  note: text.optional(),
  noteKo: text.optional().describe('the note in Korean'),
};

export const StatusSchema = z.object({
  state: z.enum(CHARACTER_STATES),
  ...factFields,
  returnNote: text
    .optional()
    .describe('required on an entry that follows a death: the documented return (e.g. an announced comeback)'),
});

/**
 * Korean particle pairs a sentence slot may carry, chosen by the final sound of the name put in the slot
 * (the pairs es-hangul's `josa` takes), e.g. `{source:은/는}`.
 */
export const SLOT_PARTICLES = [
  '이/가',
  '을/를',
  '은/는',
  '와/과',
  '으로/로',
  '이나/나',
  '이에/에',
  '이란/란',
  '아/야',
  '이랑/랑',
  '이에요/예요',
  '으로서/로서',
  '으로써/로써',
  '으로부터/로부터',
  '이라/라',
] as const;
export type SlotParticle = (typeof SLOT_PARTICLES)[number];

const nodeFields = {
  id,
  label: name.describe('display name in Latin script'),
  labelKo: name.optional().describe('name in Hangul'),
  seasons: seasonIds,
  sources: z.array(id).optional(),
  description: text.optional(),
  descriptionKo: text.optional().describe('the description in Korean'),
  firstEpisode: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe("episode of the node's first listed season in which it first appears"),
  position: z
    .object({ x: z.number().finite(), y: z.number().finite() })
    .optional()
    .describe('a precomputed layout position; when every node has one, no layout runs'),
};

export const CharacterSchema = z.object({
  ...nodeFields,
  kind: z.literal('character'),
  // Role and group may be absent in an opened file that names none; the interface then says so in its
  // language. The shipped data has both for every character (tests/data/dataset.test.ts).
  role: text.optional().describe('a short line of what a viewer knows at the first appearance (no spoilers)'),
  roleKo: text.optional().describe('the role in Korean'),
  group: text.optional(),
  groupKo: text.optional().describe('the group in Korean'),
  aliases: z.array(text).optional().describe('romanisation variants, Hangul spellings and nicknames'),
  status: z
    .array(StatusSchema)
    .min(1)
    .describe(
      'a timeline: at least one entry per season the character is in, several when the state changes within a ' +
        'season (each with the episode where a viewer learns it), in story order; nothing follows a death ' +
        'unless the entry has a returnNote',
    ),
});

export const ActorSchema = z.object({ ...nodeFields, kind: z.literal('actor'), aliases: z.array(text).optional() });

export const SeasonSchema = z.object({
  ...nodeFields,
  kind: z.literal('season'),
  number: z.number().int().min(1),
  released: z.boolean().describe('false while a season is only announced'),
  year: z.number().int().optional(),
  episodes: z.number().int().min(1).optional(),
});

export const LocationSchema = z.object({
  ...nodeFields,
  kind: z.literal('location'),
  inSentence: text
    .optional()
    .describe('the English name as it reads inside a sentence, e.g. "the stairwell" for "Stairwell"; else the label'),
});

export const NodeSchema = z.discriminatedUnion('kind', [CharacterSchema, ActorSchema, SeasonSchema, LocationSchema]);

const linkFields = {
  id,
  source: id,
  target: id,
  directed: z.boolean().describe('true when the link reads one way, source to target'),
  label: text.optional().describe('caption read from source to target, e.g. "secretly loves"'),
  labelReverse: text.optional().describe('caption from the target side when it differs, e.g. "unaware"'),
  labelKo: text.optional().describe('the caption in Korean'),
  labelReverseKo: text.optional().describe('the reverse caption in Korean'),
  sentence: z
    .object({
      en: text.describe('e.g. "{source} stabs {target} in the eye"'),
      ko: text.describe('e.g. "{source:은/는} {target}의 눈을 찌른다"; a slot may carry a particle pair'),
    })
    .optional()
    .describe('a full sentence template with the slots {source} and {target}'),
  ...factFields,
};

export const LinkSchema = z.discriminatedUnion('kind', [
  z.object({ ...linkFields, kind: z.literal('relationship'), type: z.enum(RELATIONSHIP_TYPES) }),
  z.object({ ...linkFields, kind: z.literal('trauma'), type: z.enum(TRAUMA_TYPES) }),
  z.object({ ...linkFields, kind: z.literal('loyalty'), type: z.enum(LOYALTY_TYPES) }),
  z.object({ ...linkFields, kind: z.enum(STRUCTURAL_LINK_KINDS), type: text.optional() }),
]);

export const SourceSchema = z.object({
  id,
  title: text,
  url: z.string().max(2000).optional(),
  kind: z.enum(['episode', 'article', 'page', 'fact-sheet', 'file']),
});

export const GraphFileSchema = z.object({
  $schema: z.string().optional(),
  meta: z.object({
    title: text,
    titleKo: text.optional(),
    slug: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .max(80)
      .describe('used in export file names'),
    description: text.optional(),
  }),
  sources: z.array(SourceSchema),
  nodes: z.array(NodeSchema),
  links: z.array(LinkSchema),
});

export type GraphFile = z.infer<typeof GraphFileSchema>;
export type GraphNode = z.infer<typeof NodeSchema>;
export type Character = z.infer<typeof CharacterSchema>;
export type Season = z.infer<typeof SeasonSchema>;
export type GraphLink = z.infer<typeof LinkSchema>;
export type Status = z.infer<typeof StatusSchema>;
export type Source = z.infer<typeof SourceSchema>;
