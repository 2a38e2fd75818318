// The local chat page: who you are (kept in this browser), and Web Chat wired to the bot.
(async () => {
  const storageKey = 'case-intake-bot.user';
  const stored = JSON.parse(localStorage.getItem(storageKey) ?? 'null');
  const user = stored ?? {
    id: `local-${crypto.randomUUID().slice(0, 8)}`,
    name: 'Local tester',
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

  const config = await fetch('/chat-config.json').then((response) => response.json());
  document.getElementById('sandbox-banner').hidden = !config.sandbox;

  const locale = navigator.language || 'en-US';
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  window.WebChat.renderWebChat(
    {
      directLine: window.createLocalDirectLine({ user, email: user.email, locale, timeZone }),
      userID: user.id,
      username: user.name,
      locale,
      styleOptions: { hideUploadButton: true, botAvatarInitials: 'CB', userAvatarInitials: 'Me' },
    },
    document.getElementById('webchat'),
  );
})();
