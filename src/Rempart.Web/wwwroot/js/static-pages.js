// Pages rendered on the server without a circuit (decision 0029) still need two small behaviours
// that Blazor would give them in a circuit. Loaded once with the document: pages reached by
// enhanced navigation do not run the scripts they bring, so both listen on the document.

// The sidebar's toggle folds the menu as Radzen's does (its classes, and inert when folded). Until
// the first click the sidebar has neither class, and Radzen's style shows it on screens wider than
// 768 pixels only.
document.addEventListener('click', event => {
  const toggle = event.target instanceof Element ? event.target.closest('[data-sidebar-toggle]') : null;
  const sidebar = document.querySelector('.rz-sidebar');
  if (!toggle || !sidebar) return;
  const expanded = sidebar.classList.contains('rz-sidebar-expanded')
    || (!sidebar.classList.contains('rz-sidebar-collapsed') && !matchMedia('(max-width: 768px)').matches);
  sidebar.classList.toggle('rz-sidebar-expanded', !expanded);
  sidebar.classList.toggle('rz-sidebar-collapsed', expanded);
  sidebar.toggleAttribute('inert', expanded);
  toggle.setAttribute('aria-expanded', String(!expanded));
});

// A filter that applies when it changes (a list's "Afficher" choice): its form is sent, through
// its submit button, so that enhanced navigation takes it (it reads the submitter).
document.addEventListener('change', event => {
  const field = event.target instanceof Element ? event.target.closest('[data-submit-on-change]') : null;
  const form = field?.form;
  if (!form) return;
  form.requestSubmit(form.querySelector('button[type=submit]') ?? undefined);
});
