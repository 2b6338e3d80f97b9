// The extension's mark (assets/mark.svg, drawn by scripts/make-icons.mjs with the toolbar icons).
// Decorative: the page's heading names the extension next to it.
import mark from '../assets/mark.svg';

export function Mark({ size }: { size: number }) {
  return <img class="mark" src={mark} alt="" width={size} height={size} />;
}
