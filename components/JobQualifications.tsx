import type { Job } from '../lib/types';

/** A job's qualification lists, folded: the popup has room for a line, the lists open on demand. */
export function JobQualifications({ job }: { job: Job }) {
  const { basicQualifications: basic, preferredQualifications: preferred } = job;
  if (basic.length + preferred.length === 0) return null;
  const lists = [
    ['Basic', basic],
    ['Preferred', preferred],
  ] as const;
  return (
    <details className="job-qualifications">
      <summary>
        Qualifications ({basic.length} basic · {preferred.length} preferred)
      </summary>
      {lists.map(
        ([heading, list]) =>
          list.length > 0 && (
            <section key={heading}>
              <h4>{heading}</h4>
              <ul>
                {list.map((q, i) => (
                  <li key={i}>{q}</li>
                ))}
              </ul>
            </section>
          ),
      )}
    </details>
  );
}
