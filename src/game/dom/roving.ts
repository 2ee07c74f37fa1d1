// Arrow keys move focus among a set of controls (a toolbar, a tab list); Home and End jump to
// the ends. Tab still leaves the group, so the page keeps one tab stop per group.

export function roving(container: HTMLElement, selector: string, orientation: 'vertical' | 'horizontal' | 'both' = 'both'): void {
  container.addEventListener('keydown', (event) => {
    const prev = orientation === 'horizontal' ? ['ArrowLeft'] : orientation === 'vertical' ? ['ArrowUp'] : ['ArrowUp', 'ArrowLeft'];
    const next = orientation === 'horizontal' ? ['ArrowRight'] : orientation === 'vertical' ? ['ArrowDown'] : ['ArrowDown', 'ArrowRight'];
    const isPrev = prev.includes(event.key);
    const isNext = next.includes(event.key);
    if (!isPrev && !isNext && event.key !== 'Home' && event.key !== 'End') return;
    const items = [...container.querySelectorAll<HTMLElement>(selector)].filter((n) => n.offsetParent !== null || n === document.activeElement);
    if (items.length === 0) return;
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (at === -1) return;
    event.preventDefault();
    let to = at;
    if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = items.length - 1;
    else to = (at + (isNext ? 1 : -1) + items.length) % items.length;
    items[to]!.focus();
    items[to]!.dispatchEvent(new CustomEvent('roved', { bubbles: true }));
  });
}
