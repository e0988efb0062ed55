import { SLOT_PARTICLES, type SlotParticle } from './schema';

export type SlotName = 'source' | 'target';

/** A piece of a sentence template: fixed text, or a slot for a name with an optional Korean particle pair. */
export type TemplatePart = { text: string } | { slot: SlotName; particle?: SlotParticle };

export interface ParsedTemplate {
  parts: TemplatePart[];
  /** Why the template is malformed; empty for a usable one. */
  problems: string[];
}

const SLOT = /\{([^{}]*)\}/g;
const isParticle = (value: string): value is SlotParticle => (SLOT_PARTICLES as readonly string[]).includes(value);

/**
 * Splits a link's sentence template ("{source:은/는} {target}의 눈을 찌른다") into text and slots.
 * Only `{source}` and `{target}` are slots; a particle pair is allowed only when `particles` is true
 * (Korean) and only from SLOT_PARTICLES. Both slots must occur, and no brace may be left unmatched.
 */
export function parseTemplate(template: string, particles: boolean): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const problems: string[] = [];
  let last = 0;
  for (const match of template.matchAll(SLOT)) {
    const [whole, inner = ''] = match;
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    last = match.index + whole.length;
    const [slot, particle, ...extra] = inner.split(':');
    if ((slot !== 'source' && slot !== 'target') || extra.length > 0) {
      problems.push(`unknown slot "${whole}" (use {source} or {target})`);
      continue;
    }
    if (particle === undefined) {
      parts.push({ slot });
    } else if (!particles) {
      problems.push(`"${whole}": particles are for Korean templates only`);
    } else if (!isParticle(particle)) {
      problems.push(`"${whole}": unknown particle pair "${particle}" (known: ${SLOT_PARTICLES.join(', ')})`);
    } else {
      parts.push({ slot, particle });
    }
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  if (parts.some((p) => 'text' in p && /[{}]/.test(p.text))) problems.push('unmatched "{" or "}"');
  for (const slot of ['source', 'target'] as const) {
    if (!parts.some((p) => 'slot' in p && p.slot === slot)) problems.push(`no {${slot}} slot`);
  }
  return { parts, problems };
}
