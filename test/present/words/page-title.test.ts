/** The page title in each language: the workbench's name, with the open document and its unsaved mark before it. */
import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../../present/words/page-title.js';

describe('page title', () => {
  it('is the workbench name in the UI language, with the document before it', () => {
    expect(pageTitle('zh-CN')).toBe('LaneSim · 旅检通道仿真工作台');
    expect(pageTitle('en')).toBe('LaneSim · Inspection lane workbench');
    expect(pageTitle('zh-CN', { title: '哈尔滨T1入境 — 传统通道', dirty: false })).toBe('哈尔滨T1入境 — 传统通道 — LaneSim · 旅检通道仿真工作台');
    expect(pageTitle('en', { title: 'Harbin T1 entry — classic', dirty: true })).toBe('● Harbin T1 entry — classic — LaneSim · Inspection lane workbench');
  });
});
