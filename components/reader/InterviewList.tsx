import type { QA } from '../../lib/types';

/** The interview from clip.qa, for a body in which its questions could not be found. */
export function InterviewList({ qa }: { qa: readonly QA[] }) {
  return (
    <section className="reader-interview" aria-label="Interview">
      {qa.map((pair, i) => (
        <div key={i}>
          <p className="qa-question" data-section="">
            {pair.q}
          </p>
          <p className="qa-answer">{pair.a}</p>
        </div>
      ))}
    </section>
  );
}
