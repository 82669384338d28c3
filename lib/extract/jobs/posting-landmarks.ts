// What tells a posting page from other pages at an amazon.jobs posting address (a closed
// posting's notice, an error page): the posting's id after its label, a qualifications heading,
// a JSON-LD JobPosting that parses, or the site's own record of the posting. One place for these
// landmarks: the posting reader's `detect` and the content script's first glance both ask here,
// so this module stays small and imports only the any-case matcher (it is in the always-loaded script).
import { anyCase } from '../any-case';

/**
 * Section headings of a posting in the languages amazon.jobs is read in. Each matches a whole
 * label, in any case: amazon.jobs wrote "BASIC QUALIFICATIONS", then "Basic Qualifications", and
 * 2024 postings "Basic qualifications". The section reader (sections.ts) builds its labels from these.
 */
export const SECTION_SOURCES = [
  [
    'description',
    String.raw`(?:job |position |role )?description|(?:stellen)?beschreibung|description (?:du poste|de l['’]offre)|descripci[oó]n(?: del (?:puesto|empleo))?|descrizione(?: del (?:ruolo|lavoro))?|descri[cç][aã]o(?: da vaga)?|(?:functie)?omschrijving|beschrijving|opis(?: stanowiska)?|a[cç][ıi]klama|説明|職務内容|仕事内容|职位描述|描述|職位描述|工作描述|설명|직무 설명`,
  ],
  [
    'basic',
    String.raw`(?:basic|minimum|required|essential)\s+(?:qualifications?|requirements)|(?:grundlegende|grund|mindest|basis)-?\s?qualifikationen|qualifications (?:de base|requises|minimales|fondamentales)|(?:calificaciones|cualificaciones|requisitos|requisiti|qualifiche|qualifica[çc][õo]es)\s+(?:b[aá]sic[oa]s|di base|minim[ei]|m[ií]nim[oa]s)|basiskwalificaties|basisvereisten|(?:podstawowe|wymagane) kwalifikacje|temel nitelikler|基本資格|必須資格|応募資格|基本资格|基本任职资格|基本要求|기본 자격(?: 요건)?|필수 자격(?: 요건)?`,
  ],
  [
    'preferred',
    String.raw`(?:preferred|desired|additional|desirable|bonus)\s+(?:qualifications?|requirements|skills)|(?:bevorzugte|w[üu]nschenswerte)\s+qualifikationen|qualifications (?:pr[ée]f[ée]r[ée]es|souhait[ée]es|pr[ée]f[ée]rentielles|appr[ée]ci[ée]es)|(?:calificaciones|cualificaciones|requisitos|requisiti|qualifiche|qualifica[çc][õo]es)\s+(?:preferid[oa]s|preferenziali|preferit[ei]|preferenciais|deseables|desej[aá]veis)|gewenste kwalificaties|voorkeurskwalificaties|preferowane kwalifikacje|tercih edilen nitelikler|優遇資格|歓迎資格|推奨資格|望ましい資格|优先资格|优先任职资格|優先資格|우대 자격(?: 요건)?|우대 사항`,
  ],
] as const;

/** A qualifications heading anywhere in a text, or the qualification fields of the site's own job record. */
const QUALIFICATIONS = anyCase(
  [
    ...SECTION_SOURCES.filter(([kind]) => kind !== 'description').map(([, source]) => `(?:${source})`),
    String.raw`"(?:basic|preferred)_qualifications"\s*:`,
  ].join('|'),
);

/** The words a job id follows on its line ("Job ID", "Stellen-ID", "求人番号", "Req. No.", "#"), at the end of a label. */
export const ID_LABEL_SOURCE = String.raw`\bid\b|\bnr\.?|\bno\.?|#|番号|编号|編號|번호`;

/**
 * The posting's id as a reader sees it: right after an id label ("Job ID: N", "求人ID：N") or a
 * label's colon ("ID de l'offre : N"). Not inside data ("id":"N"): a router's parameters name the
 * address's id on any page at that address, a closed posting's notice included.
 */
function idLine(jobId: string): RegExp {
  return new RegExp(String.raw`(?:(?:${ID_LABEL_SOURCE})\s*[:：]?|(?<!["'])[:：])\s*${jobId}(?!\d)`, 'i');
}

const JSON_LD = 'script[type="application/ld+json"]';

/** Whether a parsed JSON-LD value holds a JobPosting (at the top, in a list or in an @graph). */
function holdsPosting(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsPosting);
  if (!value || typeof value !== 'object') return false;
  const node = value as Record<string, unknown>;
  const type = node['@type'];
  return type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting')) || holdsPosting(node['@graph']);
}

/** A JSON-LD JobPosting that parses: a block cut short is ignored, as every consumer of JSON-LD ignores it. */
function declaresPosting(doc: Document): boolean {
  for (const script of Array.from(doc.querySelectorAll(JSON_LD))) {
    const text = script.textContent ?? '';
    if (!text.includes('JobPosting')) continue;
    try {
      if (holdsPosting(JSON.parse(text))) return true;
    } catch {
      // A broken block says nothing.
    }
  }
  return false;
}

/**
 * Whether the document at the address of posting `jobId` shows that posting. One read of the
 * document's text (the title, the body and its data scripts), the cheap id test first; JSON-LD is
 * parsed only when its text names a JobPosting.
 */
export function looksLikePosting(doc: Document, jobId: string): boolean {
  const text = doc.documentElement?.textContent ?? '';
  if (text.includes(jobId) && idLine(jobId).test(text)) return true;
  if (QUALIFICATIONS.test(text)) return true;
  return text.includes('JobPosting') && declaresPosting(doc);
}
