import type { Person } from '../../lib/types';

function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return [words[0], words.length > 1 ? words.at(-1) : undefined].map((w) => w?.charAt(0).toUpperCase() ?? '').join('');
}

/** Who a profile is about: name, role, team and organisation (each only when the page states it). */
export function PersonCard({ person }: { person: Person }) {
  const facts: Array<[string, string | null]> = [
    ['Role', person.role],
    ['Team', person.team],
    ['Organization', person.organization],
  ];
  return (
    <aside className="person-card" aria-label={`About ${person.name}`} data-section="">
      <div className="person-avatar" aria-hidden="true">
        {initials(person.name)}
      </div>
      <div>
        <p className="person-name">{person.name}</p>
        <dl className="person-facts">
          {facts
            .filter((fact): fact is [string, string] => !!fact[1])
            .map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
      </div>
    </aside>
  );
}
