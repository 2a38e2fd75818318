// The local chat page: its texts in the browser's language, who you are (kept in this browser),
// and Web Chat wired to the bot in that same language.
(async () => {
  const locale = navigator.language || 'en-US';
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const config = await fetch(`/chat-config.json?locale=${encodeURIComponent(locale)}`).then(
    (response) => response.json(),
  );
  const { texts } = config;
  document.documentElement.lang = locale;
  document.title = texts.title;
  for (const element of document.querySelectorAll('[data-text]')) {
    element.textContent = texts[element.dataset.text];
  }
  for (const element of document.querySelectorAll('[data-label]')) {
    element.setAttribute('aria-label', texts[element.dataset.label]);
  }
  document.getElementById('sandbox-banner').hidden = !config.sandbox;

  const storageKey = 'case-intake-bot.user';
  const stored = JSON.parse(localStorage.getItem(storageKey) ?? 'null');
  const user = stored ?? {
    id: `local-${crypto.randomUUID().slice(0, 8)}`,
    name: texts.defaultUserName,
    email: '',
  };
  localStorage.setItem(storageKey, JSON.stringify(user));

  const form = document.getElementById('identity');
  form.elements.name.value = user.name;
  form.elements.id.value = user.id;
  form.elements.email.value = user.email ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = {
      id: form.elements.id.value.trim() || user.id,
      name: form.elements.name.value.trim() || user.name,
      email: form.elements.email.value.trim(),
    };
    localStorage.setItem(storageKey, JSON.stringify(next));
    location.reload();
  });
  // On a narrow screen the form folds away behind a button showing who you are (chat.css).
  const toggle = document.getElementById('identity-toggle');
  toggle.textContent = user.name;
  toggle.addEventListener('click', () => {
    toggle.setAttribute('aria-expanded', String(toggle.getAttribute('aria-expanded') !== 'true'));
  });

  window.WebChat.renderWebChat(
    {
      directLine: window.createLocalDirectLine({ user, email: user.email, locale, timeZone }),
      userID: user.id,
      username: user.name,
      locale,
      styleOptions: {
        hideUploadButton: true,
        botAvatarInitials: texts.botInitials,
        userAvatarInitials: texts.userInitials,
        // Buttons that wrap onto more rows, not a carousel that cuts them off on a phone.
        suggestedActionLayout: 'flow',
      },
    },
    document.getElementById('webchat'),
  );
})();
