// Closed <details> would print closed: open them for printing, then restore.
const opened: HTMLDetailsElement[] = [];

window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll('details')) {
    if (!details.open) {
      details.open = true;
      opened.push(details);
    }
  }
});

window.addEventListener('afterprint', () => {
  for (const details of opened.splice(0)) details.open = false;
});
