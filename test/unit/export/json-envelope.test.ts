import { describe, expect, test } from 'vitest';
import { exportFileName, exportParts } from '../../../lib/export/library-json';
import { articleItem } from '../ui/helpers';

describe('JSON export', () => {
  test('is named after the local day and wraps the items in the documented envelope', () => {
    expect(exportFileName('export', 'json', new Date(2026, 10, 22, 23, 30).getTime())).toBe('science-clipper-export-2026-11-22.json');
    const leino = articleItem('science-profile-leino');
    const file = JSON.parse(exportParts([leino], Date.UTC(2026, 10, 22)).join(''));
    expect(file).toEqual({ format: 'science-clipper', version: 2, exportedAt: '2026-11-22T00:00:00.000Z', count: 1, items: [leino] });
    expect(JSON.parse(exportParts([]).join('')).items).toEqual([]);
  });
});
