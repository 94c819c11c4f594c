// Dates that cannot be placed on the calendar because their article has no publication
// date ("Tuesday", "last week", "Oct. 23" without a year): a weekday conflict between such
// an article and the others would go unseen, so the page says so beside the article and
// above the discrepancies.
const MAX_NAMED = 4;

function quoted(dates) {
  const words = [...new Set(dates.map((d) => d.text))];
  const shown = words.slice(0, MAX_NAMED).map((w) => `“${w}”`).join(', ');
  return words.length > MAX_NAMED ? `${shown} and ${words.length - MAX_NAMED} more` : shown;
}

// The note beside one article, or '' (entry: one item of model.unplacedDates()).
export function articleNotice(entry) {
  const n = entry.dates.length;
  return `${n} date${n === 1 ? '' : 's'} (${quoted(entry.dates)}) cannot be placed: this article has no publication date. Give it one, or set the reference date, and analyse again.`;
}

// The note above the discrepancies, or '' when every date could be placed.
export function unplacedNotice(model) {
  const entries = model.unplacedDates();
  if (!entries.length) return '';
  const names = entries.map((e) => `${model.docName(e.index)} (${quoted(e.dates)})`).join('; ');
  return `Days could not be compared for ${entries.length === 1 ? 'an article' : `${entries.length} articles`} without a publication date: ${names}. A Tuesday/Wednesday disagreement may be missing here; set their Published date or the reference date and analyse again.`;
}
