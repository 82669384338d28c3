// The person a profile is about, from the sentences that introduce them:
//   "X is a ROLE in TEAM at ORGANIZATION", "X, ROLE for ORGANIZATION", "As ROLE at ORGANIZATION, X …",
//   "ROLE X", "X, an ORGANIZATION ROLE", "Since joining TEAM, ROLE X has …", "… joined the TEAM team".
// Only what is stated plainly is kept.

import type { Person } from '../../types';
import { byLetters, lettersFor, type Letters } from '../letters';
import { cleanText } from '../text';

const PARTICLES = String.raw`(?:(?:de|da|van|von|der|den|del|di|du|la|le|bin|al)\s+)*`;

/**
 * One to four capitalised words, allowing particles and initials ("Rustan Leino", "Ana de la Cruz",
 * "Michael I. Jordan"). A word in capitals only ("AWS AI") is an acronym, never part of a name.
 */
function nameWord(l: Letters): string {
  return String.raw`[${l.upper}](?:[${l.lower}'’][${l.letter}'’.-]*|\.)`;
}
function name(l: Letters): string {
  return String.raw`${nameWord(l)}(?:\s+${PARTICLES}${nameWord(l)}){0,3}`;
}
/** A full name, first name and surname at least: what a byline or an attribution line holds. */
export function fullName(l: Letters): string {
  return String.raw`${nameWord(l)}(?:\s+${PARTICLES}${nameWord(l)}){1,3}`;
}
/** A name right after these is the object of a phrase ("joining Amazon Flex, …"), not a person introduced. */
const NOT_AFTER = String.raw`(?<!\b(?:joining|joined|at|for|in|with|of|from|to|on)\s)`;
/** A capitalised proper noun phrase: an organisation or team name ("Amazon Web Services", "Automated Reasoning Group"). */
function proper(l: Letters): string {
  const word = String.raw`[${l.upper}${l.digit}][${l.letter}${l.digit}'’&.-]*`;
  return String.raw`${word}(?:\s+(?:(?:of|and|&)\s+)?${word})*`;
}
const ROLE_NOUNS = [
  'scientist',
  'engineer',
  'manager',
  'director',
  'president',
  'vp',
  'researcher',
  'professor',
  'scholar',
  'lead',
  'leader',
  'head',
  'chief',
  'officer',
  'fellow',
  'intern',
  'architect',
  'economist',
  'analyst',
  'developer',
  'designer',
  'specialist',
  'technologist',
  'mathematician',
  'statistician',
  'physicist',
  'linguist',
  'student',
  'postdoc',
  'advisor',
  'adviser',
  'consultant',
  'founder',
  'executive',
  'strategist',
  'evangelist',
].join('|');
const ROLE_NOUN = new RegExp(String.raw`\b(?:${ROLE_NOUNS})\b`, 'i');
const ARTICLE = String.raw`(?:(?:a|an|the)\s+)?`;
/**
 * The role phrase: anything up to a comma, stop or bracket (the stop after an initial, as in
 * "Richard P. Feynman Professor", is not one); where it meets "in/at/for… Capitalised" is decided later.
 */
function role(l: Letters): string {
  return String.raw`((?:[^,.;:()“”"]|(?<=\b[${l.upper}])\.)+?)`;
}

/** Where a role phrase ends: a comma, a stop (not the one after an initial), a bracket, the end. */
function roleEnd(l: Letters): string {
  return String.raw`(?=[,;:()]|(?<!\b[${l.upper}])\.|$)`;
}
/** Where an introduction may open: the start of a text, or after a space, a bracket or an opening quote. */
const OPENING = String.raw`(?:^|[\s(“"])`;
/** "As ROLE at ORGANIZATION, NAME …" opens so. */
const AS_OPENING = String.raw`${OPENING}As\s`;
/** Whether a text opens a sentence with "As". */
const AS_INTRODUCTION = new RegExp(AS_OPENING);

/** The patterns that read people and places, in one spelling of their letter classes (./letters). */
const patterns = byLetters((l) => {
  const u = l.flags;
  return {
    /** Sentence shapes that introduce a person, with the capture groups of the name and of the role phrase. */
    introductions: [
      {
        pattern: new RegExp(
          String.raw`${OPENING}(${name(l)})\s+(?:is|was|serves as|works as)\s+${ARTICLE}${role(l)}${roleEnd(l)}`,
          `g${u}`,
        ),
        name: 1,
        role: 2,
        parsed: true,
      },
      {
        pattern: new RegExp(String.raw`${OPENING}${NOT_AFTER}(${name(l)}),\s+${ARTICLE}${role(l)}${roleEnd(l)}`, `g${u}`),
        name: 1,
        role: 2,
        parsed: true,
      },
      // Few texts open a sentence with "As": the costly pattern is compiled only for those that do.
      {
        pattern: new RegExp(String.raw`${AS_OPENING}\s*${ARTICLE}${role(l)},\s+(${name(l)})\b`, `g${u}`),
        name: 2,
        role: 1,
        parsed: true,
        needs: AS_INTRODUCTION,
      },
      {
        pattern: new RegExp(
          String.raw`${OPENING}((?:[a-z][${l.lower}-]*\s+){0,4}(?:${ROLE_NOUNS})|Amazon Scholar)\s+(${name(l)})`,
          `g${u}`,
        ),
        name: 2,
        role: 1,
        parsed: false,
      },
    ] as { pattern: RegExp; name: number; role: number; parsed: boolean; needs?: RegExp }[],
    joinedTeam: new RegExp(String.raw`\bjoined\s+(?:the\s+)?(${proper(l)})\s+team\b`, u),
    /** "Since joining Amazon Flex, senior research scientist Jonathan Toner has …": the place joined is the team. */
    sinceJoining: new RegExp(String.raw`\b(?:[Ss]ince|[Aa]fter)\s+joining\s+(?:the\s+)?(${proper(l)})(?:\s+team)?\b`, u),
    /** "Cornell University professor of …", "DEX team principal research scientist": a name before the role noun. */
    namedBeforeRole: new RegExp(String.raw`^((?:[${l.upper}${l.digit}][${l.letter}${l.digit}'’&.-]*\s+)+)(team\s+)?(?=[${l.lower}])`, u),
    /** Where a role phrase turns into a place of work: a preposition followed by a capitalised name. */
    roleBreak: new RegExp(String.raw`\s+(in|at|for|with|on|within|of)\s+(?:the\s+)?(?=[${l.upper}${l.digit}])`, u),
    affiliation: new RegExp(String.raw`^(in|at|for|with|on|within|of)\s+(?:the\s+)?(${proper(l)})(\s+team\b)?`, u),
    /** "Ada Example (left)", "Ada Example, right,": a photo of more than one person. */
    positionedName: new RegExp(String.raw`${name(l)}\s*(?:\((?:left|right|center|centre)\)|,\s*(?:left|right|center|centre)\s*,)`, u),
    /** A name in the title or dek ("3 questions with Ada Example"): a run of capitalised words. */
    nameRun: new RegExp(name(l), `g${u}`),
    notWord: new RegExp(String.raw`[^${l.letter}'’]+`, u),
  };
});
type Patterns = ReturnType<typeof patterns>;

/** What both of those sentences say; most paragraphs do not, and the patterns are costly to try. */
const JOINS = /\bjoin(?:ed|ing)\s/;
/** Joining the company itself names no team. */
const COMPANY = /^(?:Amazon|AWS|Amazon Web Services|Amazon\.com)$/;
/** A second role joined to the first ("professor of computer science and an Amazon Scholar") is not part of it. */
const SECOND_ROLE = /\s+and\s+(?:a|an|the)\s+.*$/;
/** Words that start a title-cased role, never an organisation's name ("Senior Scientist", "PhD student"). */
const ROLE_QUALIFIER =
  /^(?:senior|sr\.?|principal|lead|chief|staff|distinguished|vice|executive|associate|assistant|junior|phd|former|global|general|managing|deputy|interim|acting|visiting|research|applied|data|machine|software|first|second|third)$/i;

const TEAM_WORD = /\s+team$/i;
const TEAM_NOUN = /\b(?:team|group|lab|laboratory|organization|division)$/i;

function stripTeam(name: string): string {
  return cleanText(name.replace(TEAM_WORD, '')).replace(/[’']s$/, '');
}

/** Splits "Cornell University professor of X" into the organisation (or team) named first and the role after it. */
function namedBeforeRole(role: string, p: Patterns): { role: string; team: string | null; organization: string | null } {
  const m = p.namedBeforeRole.exec(role);
  const named = cleanText(m?.[1]);
  if (!m || named.split(' ').some((word) => ROLE_QUALIFIER.test(word) || ROLE_NOUN.test(word)))
    return { role, team: null, organization: null };
  const rest = cleanText(role.slice(m[0].length));
  return m[2] ? { role: rest, team: named, organization: null } : { role: rest, team: null, organization: named };
}

/** Splits "senior scientist in the X Group at Y" into role, team and organisation. */
function parseRole(phrase: string, p: Patterns): Omit<Person, 'name'> | null {
  const single = phrase.replace(SECOND_ROLE, '');
  const breakAt = p.roleBreak.exec(single);
  const lead = namedBeforeRole(cleanText(breakAt ? single.slice(0, breakAt.index) : single), p);
  const role = lead.role;
  if (!ROLE_NOUN.test(role) || role.split(' ').length > 8) return null;
  let team: string | null = lead.team;
  let organization: string | null = lead.organization;
  let rest = breakAt ? single.slice(breakAt.index).trim() : '';
  const affiliations: { prep: string; name: string; team: boolean }[] = [];
  for (let m = p.affiliation.exec(rest); m; m = p.affiliation.exec(rest)) {
    const [whole, prep = '', name = '', teamWord] = m;
    affiliations.push({ prep, name, team: !!teamWord || TEAM_NOUN.test(name) });
    rest = rest.slice(whole.length).trim();
  }
  // "Professor of Theoretical Physics at Caltech": a field named with "of" before the place of work belongs to the role.
  let fullRole = role;
  while (
    affiliations[0]?.prep === 'of' &&
    !affiliations[0].team &&
    affiliations.slice(1).some((b) => b.prep === 'at' || b.prep === 'for')
  ) {
    fullRole = `${fullRole} of ${cleanText(affiliations.shift()!.name)}`;
  }
  for (const [i, a] of affiliations.entries()) {
    const followedByOrg = affiliations.slice(i + 1).some((b) => b.prep === 'at' || b.prep === 'for' || b.prep === 'of');
    if (!team && (a.team || (['in', 'on', 'with', 'within'].includes(a.prep) && followedByOrg))) team = stripTeam(a.name);
    else if (!organization && ['at', 'for', 'of', 'with'].includes(a.prep)) organization = cleanText(a.name);
  }
  return { role: fullRole, team, organization };
}

function surname(name: string): string {
  return (
    name
      .split(/\s+/)
      .pop()
      ?.replace(/[’']s$/, '')
      .toLowerCase() ?? ''
  );
}

/** Whether a sentence is about the person: it names them or refers back to them. */
function mentions(text: string, name: string): boolean {
  const words = text.toLowerCase().split(patterns(lettersFor([text])).notWord);
  return words.includes(surname(name)) || words.some((w) => w === 'he' || w === 'she' || w === 'they');
}

/** The same person, named in full or by surname. */
export function samePerson(a: string, b: string): boolean {
  return surname(a) === surname(b);
}

/**
 * Joins texts so that no sentence shape can match across two of them: a name stops at the ";",
 * a role phrase ends at it as it would at the end of its text, and the space after it starts the
 * next text as "^" would.
 */
const TEXT_SEPARATOR = '; ';

/**
 * Every introduction of a person in each text, earliest first. Each pattern runs once over all the
 * texts joined: these patterns are costly to compile, and V8 compiles a pattern again for native
 * code once it has run a few times, which one run per paragraph would make it do at once. Only
 * texts that name a role take part: every introduction states one (a role phrase without a role
 * noun is refused), and most paragraphs of a page have none, so the costly patterns read far less.
 */
function introductionsIn(texts: string[]): { at: number; person: Person }[][] {
  const starts: number[] = [];
  const indexes: number[] = [];
  let joined = '';
  for (const [index, text] of texts.entries()) {
    if (!ROLE_NOUN.test(text)) continue;
    starts.push(joined.length);
    indexes.push(index);
    joined += text + TEXT_SEPARATOR;
  }
  const found: { at: number; person: Person }[][] = texts.map(() => []);
  if (!joined) return found;
  const p = patterns(lettersFor([joined]));
  for (const { pattern, name, role, parsed, needs } of p.introductions) {
    if (needs && !needs.test(joined)) continue;
    for (const m of joined.matchAll(pattern)) {
      // The match's last character is inside its text (its first may be the separator's space).
      const end = m.index + m[0].length - 1;
      let part = starts.length - 1;
      while (part > 0 && starts[part]! > end) part--;
      const phrase = m[role] ?? '';
      const fields = parsed ? parseRole(phrase, p) : { role: cleanText(phrase), team: null, organization: null };
      if (fields)
        found[indexes[part]!]!.push({ at: m.index - starts[part]!, person: { name: cleanText(m[name]).replace(/[’']s$/, ''), ...fields } });
    }
  }
  return found.map((list) => list.sort((a, b) => a.at - b.at));
}

/** "From left to right: …", "(L-R)": a caption that orders several people in a photo. */
const LEFT_TO_RIGHT = /\b(?:left|right)\s+to\s+(?:right|left)\b|\(\s*[lr]\s*[-–]\s*[lr]\s*\)/i;

/**
 * Whether the lead (hero caption, dek) introduces more than one person, or shows them side by
 * side: a page about two people is not a profile of one.
 */
export function introducesSeveral(texts: string[]): boolean {
  const surnames = new Set<string>();
  const p = patterns(lettersFor(texts));
  for (const text of texts) {
    if (LEFT_TO_RIGHT.test(text) || p.positionedName.test(text)) return true;
  }
  for (const { person } of introductionsIn(texts).flat()) if (person.name.includes(' ')) surnames.add(surname(person.name));
  return surnames.size > 1;
}

/**
 * The person a headline names, when no sentence introduces them: the longest tail of a run of
 * capitalised words in the title or dek ("How Rajeev Rastogi's team …") that the body repeats
 * word for word. Nothing else about them is stated, so only the name is known.
 */
export function personNamedIn(headlines: string[], paragraphs: string[]): Person | null {
  const body = paragraphs.join(' ');
  const p = patterns(lettersFor(headlines));
  for (const line of headlines) {
    for (const [run] of line.matchAll(p.nameRun)) {
      const words = run.replace(/[’']s$/, '').split(/\s+/);
      for (let start = 0; start <= words.length - 2; start++) {
        const name = words.slice(start).join(' ');
        if (body.includes(name)) return { name, role: null, team: null, organization: null };
      }
    }
  }
  return null;
}

/** The team a sentence says the person joined: "joined the X team", "Since joining X, …" (not the company itself). */
function joinedTeam(text: string): string | null {
  if (!JOINS.test(text)) return null;
  const p = patterns(lettersFor([text]));
  const named = p.joinedTeam.exec(text)?.[1] ?? p.sinceJoining.exec(text)?.[1];
  const team = named ? stripTeam(named) : null;
  return team && !COMPANY.test(team) ? team : null;
}

function sameRole(a: string | null, b: string | null): boolean {
  return !a || !b || a.toLowerCase() === b.toLowerCase();
}

/**
 * The person introduced by `texts`, read in order (hero caption, dek, body paragraphs): the first
 * introduction names them; later ones about the same person in the same role fill fields still
 * unknown (a professor's university is not where they are an Amazon Scholar).
 * `subject` is a name already known (a pull quote's speaker): only introductions of that person
 * count, and it is the person, with nothing else stated, when no text introduces them.
 */
export function readPerson(texts: string[], subject: string | null): Person | null {
  let person: Person | null = null;
  const introductions = introductionsIn(texts);
  for (const [i, text] of texts.entries()) {
    const intro = introductions[i]![0]?.person ?? null;
    if (intro && !person) {
      // When the subject is known, only their introduction counts (others are quoted too). Otherwise
      // a lone capitalised word before a comma ("Today, …") is no name.
      if (subject) person = samePerson(subject, intro.name) ? { ...intro, name: subject } : null;
      else if (intro.name.includes(' ')) person = intro;
    } else if (intro && person && samePerson(person.name, intro.name) && sameRole(person.role, intro.role)) {
      person.role ??= intro.role;
      person.team ??= intro.team;
      person.organization ??= intro.organization;
    }
    const joined = person && !person.team ? joinedTeam(text) : null;
    if (person && joined && mentions(text, person.name)) person.team = joined;
    if (person?.role && person.team && person.organization) break;
  }
  return person ?? (subject ? { name: subject, role: null, team: null, organization: null } : null);
}
