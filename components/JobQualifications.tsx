import type { Job } from '../lib/types';

/** A job's qualification lists, folded: the popup has room for a line, the lists open on demand. */
export function JobQualifications({ job }: { job: Job }) {
  const { basicQualifications: basic, preferredQualifications: preferred } = job;
  if (basic.length + preferred.length === 0) return null;
  return (
    <details className="job-qualifications">
      <summary>
        Qualifications ({basic.length} basic · {preferred.length} preferred)
      </summary>
      {basic.length > 0 && (
        <>
          <h4>Basic</h4>
          <ul>
            {basic.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ul>
        </>
      )}
      {preferred.length > 0 && (
        <>
          <h4>Preferred</h4>
          <ul>
            {preferred.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
