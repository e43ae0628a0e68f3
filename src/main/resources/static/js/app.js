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
