import type { Corner } from './TipsPanel';

const CORNERS: Corner[] = ['bottom-right', 'top-right', 'bottom-left', 'top-left'];
const MARGIN = 12;

/** The first corner where a panel of this size covers none of the page's visible fields and buttons. */
export function freeCorner(size: DOMRect): Corner {
  const fields = [...document.querySelectorAll('input:not([type=hidden]), button, select, textarea, iframe')]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  const w = innerWidth;
  const h = innerHeight;
  const at = (corner: Corner) => {
    const left = corner.endsWith('left') ? MARGIN : w - MARGIN - size.width;
    const top = corner.startsWith('top') ? MARGIN : h - MARGIN - size.height;
    return { left, top, right: left + size.width, bottom: top + size.height };
  };
  const overlaps = (corner: Corner) => {
    const p = at(corner);
    return fields.some((r) => r.left < p.right && r.right > p.left && r.top < p.bottom && r.bottom > p.top);
  };
  return CORNERS.find((c) => !overlaps(c)) ?? 'bottom-right';
}
