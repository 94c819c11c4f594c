// Moves the reader to a section of the results (the summary bar's buttons, and the page
// after Analyze on a narrow screen): the section is scrolled to the top of the window
// (below the sticky summary bar, by its scroll-margin) and takes the focus, so that the
// keyboard continues from there.
//
//   jumpTo('discrepancies', tabs);   // also 'agree', 'corroborated', 'reading'
const $ = (id) => document.getElementById(id);

function focusSection(el) {
  if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
  el.focus({ preventScroll: true });
}

export function jumpTo(target, tabs) {
  if (target === 'reading') {
    $('results').scrollIntoView({ block: 'start' });
    focusSection($('results'));
    return;
  }
  tabs.select($(target === 'discrepancies' ? 'tab-discrepancies' : 'tab-corroboration'));
  const pane = $('side-pane');
  pane.scrollIntoView({ block: 'start' });
  if (target === 'discrepancies') {
    // The pane's top: its tabs, then the first card.
    pane.scrollTop = 0;
    focusSection($('panel-discrepancies'));
    return;
  }
  const section = $(target === 'agree' ? 'section-agree' : 'section-corroborated');
  if (!section) return;
  section.scrollIntoView({ block: 'start' });
  focusSection(section);
}
