/** The equipment palette's sources read in both UI languages, with the same figures. */
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../renderer/editor/presets.js';

const numbers = (text: string) => (text.replace(/(\d),(\d{3})/g, '$1$2').match(/\d+(?:\.\d+)?/g) ?? []).sort();

describe('palette presets', () => {
  it('every preset cites its source in English and in Chinese, with the same figures', () => {
    for (const p of PRESETS) {
      expect(p.source.en.length, p.id).toBeGreaterThan(20);
      expect(p.source['zh-CN'], p.id).toMatch(/[\u4e00-\u9fff]/);
      for (const n of numbers(p.source.en)) expect(numbers(p.source['zh-CN']), `${p.id}: ${n}`).toContain(n);
    }
  });
});
