// The season calendar's month (SeasonMonth's markup): one listener per kind of event on the whole
// month, not one Blazor handler per day and per session, so that an open calendar holds little on
// the server. Drags carry the session and the day it left; the circuit decides and answers.
export function attach(element, calendar) {
  element.addEventListener('dragstart', event => {
    const chip = event.target instanceof Element ? event.target.closest('[data-session]') : null;
    if (!chip || !event.dataTransfer) return;
    event.dataTransfer.setData('text/plain', `${chip.dataset.session}|${chip.closest('[data-day]').dataset.day}`);
    event.dataTransfer.effectAllowed = 'move';
  });
  element.addEventListener('dragover', event => {
    if (event.target instanceof Element && event.target.closest('[data-day]')) event.preventDefault();
  });
  element.addEventListener('drop', event => {
    const cell = event.target instanceof Element ? event.target.closest('[data-day]') : null;
    const carried = event.dataTransfer?.getData('text/plain') ?? '';
    if (!cell || !carried.includes('|')) return;
    event.preventDefault();
    const [session, from] = carried.split('|');
    if (from !== cell.dataset.day) calendar.invokeMethodAsync('Move', session, from, cell.dataset.day);
  });
  element.addEventListener('click', event => {
    if (!(event.target instanceof Element)) return;
    const chip = event.target.closest('[data-session]');
    if (chip) return void calendar.invokeMethodAsync('Open', chip.dataset.session);
    const more = event.target.closest('[data-more]');
    if (more) calendar.invokeMethodAsync('ShowDay', more.dataset.more);
  });
}

// The month shown goes into the address (and the filters' form), so that a reload, a bookmark or a
// filter keeps it; replaced, not pushed: the back button leaves the calendar as before.
export function remember(month) {
  const url = new URL(location.href);
  url.searchParams.set('date', month);
  history.replaceState(history.state, '', url);
  const field = document.querySelector('form input[name=date]');
  if (field) field.value = month;
}
