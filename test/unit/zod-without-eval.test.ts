// Extension pages forbid eval and Firefox's reviewers flag it: zod must parse without compiling
// code, from the first schema on (lib/clip-schema.ts sets this once for every schema of ours).
import { z } from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { jobSchema } from '../../lib/clip-schema';

describe('zod without eval', () => {
  it('is jitless once the clip schemas are loaded, and parses without calling Function', () => {
    expect(z.config().jitless).toBe(true);
    const FunctionSpy = vi.spyOn(globalThis, 'Function');
    const parsed = jobSchema.safeParse({ kind: 'job', jobId: 'not a number' });
    expect(parsed.success).toBe(false);
    expect(FunctionSpy).not.toHaveBeenCalled();
    FunctionSpy.mockRestore();
  });
});
