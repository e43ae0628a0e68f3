import { initAll } from '../nhsuk/nhsuk-frontend.min.js';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');

// A limited text area outside the textareaField fragment carries data-pecgov-count (its limit) and the count's hint
// (fragment countInfo); its form group becomes the NHS character count, with the messages the layout holds once.
const countMessages = document.getElementById('pecgov-character-count');
document.querySelectorAll('textarea[data-pecgov-count]').forEach((area) => {
  const group = area.closest('.nhsuk-form-group');
  if (!group || !countMessages || group.dataset.module || !document.getElementById(`${area.id}-info`)) {
    return;
  }
  group.classList.add('nhsuk-character-count');
  group.dataset.module = 'nhsuk-character-count';
  group.dataset.maxlength = area.dataset.pecgovCount;
  for (const attribute of countMessages.attributes) {
    if (attribute.name.startsWith('data-i18n.')) {
      group.setAttribute(attribute.name, attribute.value);
    }
  }
  area.classList.add('nhsuk-js-character-count');
});

initAll();

// On a phone each table is stacked, as the NHS responsive table is: a row is a block and each cell says which column it
// belongs to (a heading hidden from screen readers, which hear the table's own headers, kept by explicit roles since
// the CSS changes how the table displays). pecgov.css applies it below 40em; wider, the table is as written.
document.querySelectorAll('table.nhsuk-table').forEach((table) => {
  const head = table.tHead;
  if (!head || table.querySelector('[rowspan], [colspan]') || table.closest('[data-pecgov-no-stack]')) {
    return;
  }
  const headings = Array.from(head.rows[head.rows.length - 1].cells).map((cell) => cell.textContent.trim());
  table.classList.add('pecgov-stack');
  table.setAttribute('role', 'table');
  Array.from(table.querySelectorAll('thead, tbody, tfoot')).forEach((group) => group.setAttribute('role', 'rowgroup'));
  Array.from(table.rows).forEach((row) => {
    row.setAttribute('role', 'row');
    Array.from(row.cells).forEach((cell, index) => {
      if (cell.tagName === 'TH') {
        cell.setAttribute('role', cell.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader');
        return;
      }
      cell.setAttribute('role', 'cell');
      if (headings[index]) {
        const heading = document.createElement('span');
        heading.className = 'pecgov-stack__heading';
        heading.setAttribute('aria-hidden', 'true');
        heading.textContent = headings[index];
        cell.insertBefore(heading, cell.firstChild);
      }
    });
  });
});

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
