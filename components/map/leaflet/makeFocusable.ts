/** Makes an SVG path a keyboard button: focusable, named, Enter or Space activates it. */
export function makeFocusable(el: Element, { label, pressed, onActivate }: { label: string; pressed?: boolean; onActivate: () => void }) {
  if (el.getAttribute('tabindex') === '0') return;
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', label);
  if (pressed !== undefined) el.setAttribute('aria-pressed', String(pressed));
  el.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      onActivate();
    }
  });
}
