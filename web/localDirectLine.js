// A Direct Line–compatible connection for Web Chat that talks straight to this bot's
// /api/messages with deliveryMode "expectReplies": each posted activity is echoed to Web Chat
// (as the Direct Line service does), sent to the bot, and the bot's replies from the HTTP
// response are played into the transcript. No Azure, no token, no socket.
(() => {
  const ConnectionStatus = {
    Uninitialized: 0,
    Connecting: 1,
    Online: 2,
    FailedToConnect: 4,
    Ended: 5,
  };

  /** The smallest observable Web Chat needs: subscribe(observer | next) → { unsubscribe }. */
  function createSubject(replayLatest) {
    const observers = new Set();
    let latest;
    let hasLatest = false;
    return {
      next(value) {
        latest = value;
        hasLatest = true;
        for (const observer of [...observers]) observer.next?.(value);
      },
      complete() {
        for (const observer of [...observers]) observer.complete?.();
        observers.clear();
      },
      subscribe(observerOrNext, error, complete) {
        const observer =
          typeof observerOrNext === 'function'
            ? { next: observerOrNext, error, complete }
            : (observerOrNext ?? {});
        observers.add(observer);
        if (replayLatest && hasLatest) observer.next?.(latest);
        return { unsubscribe: () => observers.delete(observer), closed: false };
      },
    };
  }

  /** An observable that emits one value and completes, like Direct Line's postActivity. */
  function single(value) {
    return {
      subscribe(observerOrNext) {
        const observer =
          typeof observerOrNext === 'function' ? { next: observerOrNext } : (observerOrNext ?? {});
        observer.next?.(value);
        observer.complete?.();
        return { unsubscribe() {}, closed: true };
      },
    };
  }

  /**
   * Creates the connection. `user` is { id, name }; `email` (optional) rides along as
   * channelData.email so the bot can propose it instead of asking.
   */
  window.createLocalDirectLine = ({
    user,
    email,
    locale,
    timeZone,
    endpoint = '/api/messages',
  }) => {
    const conversation = { id: `webchat-${user.id}-${Date.now().toString(36)}` };
    const bot = { id: 'case-intake-bot', name: 'Case bot', role: 'bot' };
    const from = { id: user.id, name: user.name, role: 'user' };
    const activity$ = createSubject(false);
    const connectionStatus$ = createSubject(true);
    let sequence = 0;

    const stamp = (activity) => ({
      ...activity,
      id: `${conversation.id}|${String(++sequence).padStart(7, '0')}`,
      timestamp: new Date().toISOString(),
      channelId: 'webchat',
      conversation,
    });

    const envelope = (activity) => ({
      ...activity,
      from,
      recipient: bot,
      locale,
      localTimezone: timeZone,
      channelData: { ...activity.channelData, ...(email ? { email } : {}) },
    });

    async function deliver(activity) {
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...activity, deliveryMode: 'expectReplies' }),
        });
        if (!response.ok) throw new Error(`the bot answered HTTP ${response.status}`);
        const body = await response.json();
        for (const reply of body.activities ?? []) {
          activity$.next(stamp({ ...reply, from: { ...bot, ...reply.from, role: 'bot' } }));
        }
      } catch (error) {
        activity$.next(
          stamp({ type: 'message', from: bot, text: `Could not reach the bot: ${error.message}.` }),
        );
      }
    }

    setTimeout(() => {
      connectionStatus$.next(ConnectionStatus.Connecting);
      connectionStatus$.next(ConnectionStatus.Online);
      deliver(stamp(envelope({ type: 'conversationUpdate', membersAdded: [from] })));
    }, 0);

    return {
      activity$,
      connectionStatus$,
      postActivity(activity) {
        const sent = stamp(envelope(activity));
        setTimeout(() => {
          activity$.next(sent);
          deliver(sent);
        }, 0);
        return single(sent.id);
      },
      end() {
        connectionStatus$.next(ConnectionStatus.Ended);
        activity$.complete();
      },
    };
  };
})();
