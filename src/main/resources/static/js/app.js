import { initAll } from '../nhsuk/nhsuk-frontend.min.js';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();

// Each table sits in a region that scrolls sideways when the table is wider than the window (pecgov.css); while
// it scrolls, a keyboard can reach it and a screen reader hears what it holds, as a scrollable region needs.
const regions = [];
document.querySelectorAll('table.nhsuk-table').forEach((table) => {
  if (table.closest('.nhsuk-table-container')) {
    return; // already in a scrollable region of its own
  }
  const region = document.createElement('div');
  region.className = 'pecgov-table-scroll';
  table.parentNode.insertBefore(region, table);
  region.appendChild(table);
  regions.push(region);
});

function focusableWhileScrolling() {
  regions.forEach((region) => {
    const table = region.firstElementChild;
    if (region.scrollWidth > region.clientWidth + 1) {
      region.setAttribute('tabindex', '0');
      region.setAttribute('role', 'region');
      const caption = table.querySelector('caption');
      region.setAttribute('aria-label', (caption && caption.textContent.trim()) || document.title);
    }
    else {
      region.removeAttribute('tabindex');
      region.removeAttribute('role');
      region.removeAttribute('aria-label');
    }
  });
}
focusableWhileScrolling();
window.addEventListener('resize', focusableWhileScrolling);

// The conditional reveal of a question that depends on an answer (data-pecgov-reveal="name=value"): it follows that
// answer and is hidden while another is chosen. Unlike the design system's own, it sets no aria-expanded on the radio,
// which is not allowed there (axe: aria-allowed-attr); without script the question simply shows.
document.querySelectorAll('[data-pecgov-reveal]').forEach((panel) => {
  const [name, value] = panel.dataset.pecgovReveal.split('=');
  const radios = Array.from(document.querySelectorAll('input[type=radio]')).filter((r) => r.name === name);
  const update = () => {
    const chosen = radios.find((r) => r.checked);
    panel.classList.toggle('nhsuk-radios__conditional--hidden', !(chosen && chosen.value === value));
  };
  radios.forEach((r) => r.addEventListener('change', update));
  window.addEventListener('pageshow', update); // the browser restores the answer on Back without a change event
  update();
});
