/*
 * Tasklist sorts its list by creation date unless the address says otherwise (the `sorting` parameter,
 * which the sort menu sets), whatever the filter's own order. Staff work to the mutu baku, so the list
 * opens sorted by due date, earliest first; the sort menu still changes it.
 */
const BY_DUE_DATE = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

function sortByDueDateUnlessChosen() {
  const hash = window.location.hash;
  if (!hash.startsWith('#/') || hash.startsWith('#/login')) {
    return;
  }
  const [path, search = ''] = hash.slice(1).split('?');
  const parameters = new URLSearchParams(search);
  if (!parameters.has('sorting')) {
    parameters.set('sorting', BY_DUE_DATE);
    window.history.replaceState(null, '', `#${path}?${parameters.toString()}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }
}

window.addEventListener('hashchange', sortByDueDateUnlessChosen);
sortByDueDateUnlessChosen();
