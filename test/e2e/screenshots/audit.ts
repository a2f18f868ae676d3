/**
 * What a screenshot cannot prove by itself, checked in the page so the tour of every view
 * cannot pass on blank or broken screens: the view holds visible text, no label, button,
 * table header or figure has text wider than its box, nothing pokes out past the window's
 * right edge (unless inside a box that scrolls sideways), and in the Chinese UI
 * no visible word is English other than names, units and formats allowed by the caller.
 */
import type { Page } from 'playwright-core';

export interface Problem {
  view: string;
  kind: 'empty' | 'overflow' | 'offscreen' | 'english';
  what: string;
}

/** Elements whose text must fit their box: controls, labels, headers, figures, badges. */
const BOXES = 'button, label, th, select, h1, h2, h3, h4, .btn, .tab, .subtab, .badge, .card-value, .card-title, .validity, .chip, legend, summary';

/** Words allowed in Chinese text: formats, product and program names, the language switch, CT (as in 随身行李 CT). Callers add the lane's ids. */
export const ALLOWED_LATIN = new Set(['LaneSim', 'CSV', 'JSON', 'PDF', 'PNG', 'SVG', 'HTML', 'UTF', 'XLSX', 'ZIP', 'Excel', 'WPS', 'HiGHS', 'WebAssembly', 'EN', 'CT', 'IATA', 'ADRM']);

/** Citations quoted as the file or preset wrote them (a scenario's sources, a device's reference): names, not UI words. */
const QUOTED = '.sources, .palette-source';

interface Raw {
  text: number;
  overflow: string[];
  offscreen: string[];
  english: string[];
}

/** Checks the page (or the part under `root`); `names` are ids the lane's files use, allowed in Chinese text. */
export async function auditView(page: Page, view: string, options: { language: 'zh-CN' | 'en'; root?: string; names?: Iterable<string> }): Promise<Problem[]> {
  const allowed = [...ALLOWED_LATIN, ...(options.names ?? [])];
  const raw = await page.evaluate(
    ({ boxes, quoted, root, checkEnglish, allowed }): Raw => {
      const scope = document.querySelector(root) ?? document.body;
      const width = document.documentElement.clientWidth;
      const describe = (el: Element) => {
        const id = el.getAttribute('data-testid');
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        return `${el.tagName.toLowerCase()}${id ? `[data-testid=${id}]` : cls} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
      };
      // Shown to the eye: laid out, not hidden, and bigger than the 1 px box of a label kept for screen readers.
      const shown = (el: Element) => {
        const st = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return st.visibility !== 'hidden' && st.display !== 'none' && r.width > 1 && r.height > 1;
      };
      const pageLanguage = document.documentElement.lang;
      // Overflow: a box (not a scroller) whose content is wider than it (2 px of rounding allowed).
      const overflow: string[] = [];
      for (const el of scope.querySelectorAll(boxes)) {
        if (!(el instanceof HTMLElement) || !shown(el)) continue;
        const st = getComputedStyle(el);
        if (st.display === 'inline' || st.display === 'contents' || st.overflowX === 'auto' || st.overflowX === 'scroll') continue;
        if (el.scrollWidth > el.clientWidth + 2) overflow.push(`${describe(el)}: ${el.scrollWidth} px in ${el.clientWidth}`);
      }
      // Off screen: past the window's edges and not inside a box that scrolls sideways.
      const offscreen: string[] = [];
      if (document.documentElement.scrollWidth > width + 1) offscreen.push(`page ${document.documentElement.scrollWidth} px wide in ${width}`);
      const flagged = new Set<Element>();
      for (const el of scope.querySelectorAll('*')) {
        // One line per thing off screen, not one per child of it.
        if (el.parentElement && flagged.has(el.parentElement)) {
          flagged.add(el);
          continue;
        }
        const r = el.getBoundingClientRect();
        if (r.width === 0 || (r.right <= width + 1 && r.left >= -1) || !shown(el)) continue;
        let clipped = false;
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          const st = getComputedStyle(a);
          // A pane that scrolls sideways shows the rest on purpose; one that only clips cuts it off.
          if (st.overflowX === 'auto' || st.overflowX === 'scroll' || st.position === 'fixed') {
            clipped = true;
            break;
          }
        }
        if (clipped) continue;
        flagged.add(el);
        offscreen.push(`${describe(el)}: ${Math.round(r.left)}–${Math.round(r.right)} px of ${width}`);
      }
      // Visible words in the Chinese UI: tokens of letters only (ids with digits are names).
      const english: string[] = [];
      let text = 0;
      const ok = new Set(allowed);
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        const value = n.nodeValue ?? '';
        if (!parent || !value.trim() || parent.closest('script, style, code, pre, option, textarea, [translate=no]') || !shown(parent)) continue;
        text += value.trim().length;
        if (!checkEnglish || parent.closest(quoted)) continue;
        // Text the page marks as in another language (a quoted English source) is not the UI's.
        if ((parent.closest('[lang]')?.getAttribute('lang') ?? pageLanguage) !== pageLanguage) continue;
        // What a message quotes ("Passengers", “many”) is the user's data, not the UI's words.
        const unquoted = value.replace(/"[^"]*"|“[^”]*”|「[^」]*」/g, ' ');
        // Tokens keep ids, file names and JSON paths whole (stations[1].servers is a path, not two words).
        for (const token of unquoted.split(/[^A-Za-z0-9_.:/[\]-]+/)) {
          const word = token.replace(/^[.:/-]+|[.:/-]+$/g, '');
          if (/^[A-Za-z]{2,}$/.test(word) && !ok.has(word)) english.push(`${describe(parent)}: ${word}`);
        }
      }
      return { text, overflow, offscreen, english: [...new Set(english)] };
    },
    { boxes: BOXES, quoted: QUOTED, root: options.root ?? 'body', checkEnglish: options.language === 'zh-CN', allowed },
  );
  const problems: Problem[] = [];
  if (raw.text < 20) problems.push({ view, kind: 'empty', what: `${raw.text} characters of visible text` });
  for (const what of raw.overflow) problems.push({ view, kind: 'overflow', what });
  for (const what of raw.offscreen.slice(0, 10)) problems.push({ view, kind: 'offscreen', what });
  for (const what of raw.english) problems.push({ view, kind: 'english', what });
  return problems;
}

/**
 * The app lays out at the window's height and scrolls inside its panes, so Playwright's
 * full-page shot would only hold the window. For the picture, the window grows by what the
 * tallest pane hides (up to 6,000 px), then goes back to its size.
 */
export async function fullShot(page: Page, path: string): Promise<void> {
  const size = page.viewportSize();
  if (!size) throw new Error('no viewport');
  const hidden = await page.evaluate(() => {
    let most = 0;
    for (const el of document.querySelectorAll('*')) {
      const st = getComputedStyle(el);
      if ((st.overflowY === 'auto' || st.overflowY === 'scroll') && el.clientHeight > 0) most = Math.max(most, el.scrollHeight - el.clientHeight);
    }
    return most;
  });
  if (hidden > 0) {
    await page.setViewportSize({ width: size.width, height: Math.min(size.height + hidden, 6000) });
    await page.waitForTimeout(300);
  }
  await page.screenshot({ path, fullPage: true });
  if (hidden > 0) {
    await page.setViewportSize(size);
    await page.waitForTimeout(200);
  }
}
