/** A phone number as written, the country it is read in, and the API form or the refusal. */
export interface PhoneCase {
  region: string;
  text: string;
  expected: string;
}

/** An e-mail as written and what must come of it. */
export interface EmailCase {
  text: string;
  /** The address taken, or the refusal. */
  expected: string;
  /** A suggested correction of a mistyped provider domain. */
  suggestion?: string;
}

const phone = (region: string, text: string, expected: string): PhoneCase => ({
  region,
  text,
  expected,
});

/** Phone numbers in national and international formats, with extensions, and refusals. */
export const phoneCorpus: PhoneCase[] = [
  phone('US', '(415) 555-0100', '+14155550100'),
  phone('US', '415-555-0100', '+14155550100'),
  phone('US', '415.555.0100', '+14155550100'),
  phone('US', '4155550100', '+14155550100'),
  phone('US', '+1 415 555 0100', '+14155550100'),
  phone('US', '1 (415) 555-0100', '+14155550100'),
  phone('US', '+1-415-555-0100', '+14155550100'),
  phone('US', '415 555 0100 x204', '+14155550100;ext=204'),
  phone('US', '+1 415 555 0100 ext', '+14155550100'),
  phone('US', '415-555-0100 ext. 12', '+14155550100;ext=12'),
  phone('US', '+44 20 7946 0018', '+442079460018'),
  phone('US', '+44 (0)20 7946 0018', '+442079460018'),
  phone('US', '+49 30 901820', '+4930901820'),
  phone('US', '+34 612 34 56 78', '+34612345678'),
  phone('US', '+33 1 42 68 53 00', '+33142685300'),
  phone('US', '+91 98765 43210', '+919876543210'),
  phone('US', '+61 2 9374 4000', '+61293744000'),
  phone('GB', '020 7946 0018', '+442079460018'),
  phone('GB', '07400 123456', '+447400123456'),
  phone('GB', '020 7946 0018 ext 3', '+442079460018;ext=3'),
  phone('ES', '612 34 56 78', '+34612345678'),
  phone('ES', '912 34 56 78', '+34912345678'),
  phone('DE', '030 901820', '+4930901820'),
  phone('US', '', 'empty'),
  phone('US', 'call me', 'not_a_number'),
  phone('US', '12', 'too_short'),
  phone('US', '+999 123 456 789', 'unknown_country'),
  phone('US', '(415) 055-0100', 'invalid'),
  phone('US', '+44 20 7946 0018 1234 5678', 'too_long'),
  phone('GB', '020 7946', 'invalid'),
  phone('GB', '(020) 7946 0018', '+442079460018'),
  phone('GB', '020 7946 0018 x 12', '+442079460018;ext=12'),
  phone('US', '212-555-0147', '+12125550147'),
  phone('US', '(212) 555 0147', '+12125550147'),
  phone('US', '+1 (212) 555-0147', '+12125550147'),
  phone('US', '212.555.0147 ext 9', '+12125550147;ext=9'),
  phone('US', '415 555 0100 #12', '+14155550100;ext=12'),
  phone('US', '011 44 20 7946 0018', '+442079460018'),
  phone('ES', '+34 912 34 56 78', '+34912345678'),
  phone('ES', '912345678', '+34912345678'),
  phone('ES', '612-34-56-78', '+34612345678'),
  phone('ES', '+34612345678', '+34612345678'),
  phone('ES', '91 234 56 78', '+34912345678'),
  phone('MX', '+52 55 1234 5678', '+525512345678'),
  phone('MX', '55 1234 5678', '+525512345678'),
  phone('FR', '+33 6 12 34 56 78', '+33612345678'),
  phone('FR', '06 12 34 56 78', '+33612345678'),
  phone('IN', '098765 43210', '+919876543210'),
  phone('AU', '(02) 9374 4000', '+61293744000'),
  phone('US', '555-0147', 'too_short'),
  phone('US', '123', 'too_short'),
  phone('US', 'phone', 'not_a_number'),
  phone('GB', '+44 20 7946', 'too_short'),
  phone('ES', '612 34 56', 'too_short'),
  phone('GB', '0044 20 7946 0018', '+442079460018'),
  phone('ES', '0034 612 34 56 78', '+34612345678'),
  phone('DE', '0049 30 901820', '+4930901820'),
  phone('US', '0049 30 901820', '+4930901820'),
  phone('GB', '00 34 612 34 56 78', '+34612345678'),
  // Abroad as each region dials it: Australia's 0011, the 011 of the US and Canada.
  phone('AU', '0011 44 20 7946 0123', '+442079460123'),
  phone('AU', '0011 44 (0)20 7946 0123', '+442079460123'),
  phone('AU', '0011-34-612-45-67-89', '+34612456789'),
  phone('US', '011 44 20 7946 0123', '+442079460123'),
  phone('CA', '011 34 612 45 67 89', '+34612456789'),
  phone('ES', '612 45 67 89', '+34612456789'),
];

const email = (text: string, expected: string, suggestion?: string): EmailCase => ({
  text,
  expected,
  suggestion,
});

/**
 * Real domains the spell-checker must leave alone: providers' country variants, and real
 * domains a slip away from a provider's name ("aon.com" is not "aol.com").
 */
const realDomains = [
  ...['gmx.es', 'gmx.de', 'gmx.at', 'gmx.ch', 'gmx.fr', 'gmx.net', 'gmx.com', 'gmx.co.uk'],
  ...['web.de', 'web.es', 't-online.de', 'freenet.de', 'posteo.de', 'mailbox.org'],
  ...['orange.fr', 'orange.es', 'wanadoo.fr', 'wanadoo.es', 'free.fr', 'laposte.net'],
  ...['telefonica.net', 'telefonica.es', 'movistar.es', 'terra.es', 'ono.com', 'libero.it'],
  ...['hotmail.fr', 'hotmail.de', 'hotmail.it', 'hotmail.co.uk', 'hotmail.com.mx', 'hotmail.be'],
  ...['outlook.es', 'outlook.fr', 'outlook.de', 'outlook.com.ar', 'outlook.co.uk'],
  ...['live.com', 'live.fr', 'live.co.uk', 'live.com.mx', 'msn.com'],
  ...['yahoo.fr', 'yahoo.de', 'yahoo.es', 'yahoo.com.mx', 'yahoo.com.ar', 'yahoo.co.jp'],
  ...['mail.com', 'email.com', 'mail.ru', 'ymail.com', 'aol.de', 'mac.com', 'me.com'],
  ...['gmail.es', 'aon.com', 'cloud.com', 'photon.com', 'poste.it', 'fmail.com'],
].map((domain) => email(`ana@${domain}`, `ana@${domain}`));

/** Typos of providers' domains, each with the address meant. */
const domainTypos = [
  ['outlok.es', 'outlook.es'],
  ['hotmal.com', 'hotmail.com'],
  ['gmial.com', 'gmail.com'],
  ['yaho.es', 'yahoo.es'],
  ['gmaill.com', 'gmail.com'],
  ['hotmail.co', 'hotmail.com'],
  ['gmail.om', 'gmail.com'],
  ['hotmail.cmo', 'hotmail.com'],
  ['outlook.esp', 'outlook.es'],
  ['yahho.com.mx', 'yahoo.com.mx'],
  ['tonline.de', 't-online.de'],
  ['telefonca.net', 'telefonica.net'],
  ['oranje.fr', 'orange.fr'],
].map(([typed, meant]) => email(`ana@${typed}`, `ana@${typed}`, `ana@${meant}`));

/** E-mail addresses as typed, typos in common providers' domains, and refusals. */
export const emailCorpus: EmailCase[] = [
  email('ann@contoso.com', 'ann@contoso.com'),
  email('Ann.Lee@Contoso.COM', 'Ann.Lee@contoso.com'),
  email('ann+cases@contoso.com', 'ann+cases@contoso.com'),
  email('ann@mail.contoso.co.uk', 'ann@mail.contoso.co.uk'),
  email('<ann@contoso.com>', 'ann@contoso.com'),
  email('mailto:ann@contoso.com', 'ann@contoso.com'),
  email('ann@contoso.com.', 'ann@contoso.com'),
  email('  ana@correo.es  ', 'ana@correo.es'),
  email('first.last@sub.example.org', 'first.last@sub.example.org'),
  email('ann@gmial.com', 'ann@gmial.com', 'ann@gmail.com'),
  email('ann@gmail.con', 'ann@gmail.con', 'ann@gmail.com'),
  email('ann@hotmial.com', 'ann@hotmial.com', 'ann@hotmail.com'),
  email('ann@yaho.com', 'ann@yaho.com', 'ann@yahoo.com'),
  email('ann@outlok.com', 'ann@outlok.com', 'ann@outlook.com'),
  email('ann@hotmal.co.uk', 'ann@hotmal.co.uk', 'ann@hotmail.co.uk'),
  email('ana@yahooo.es', 'ana@yahooo.es', 'ana@yahoo.es'),
  email('ana@gmail.es', 'ana@gmail.es'),
  email('ann@contso.com', 'ann@contso.com'),
  email('', 'empty'),
  email('ann.contoso.com', 'missing_at'),
  email('ann @contoso.com', 'has_spaces'),
  email('ann@contoso', 'missing_top_level_domain'),
  email('bob@contoso.', 'missing_top_level_domain'),
  email('ann@', 'missing_domain'),
  email('ann@@contoso.com', 'malformed'),
  email('ann@contoso..com', 'malformed'),
  email('ann_lee@contoso.com', 'ann_lee@contoso.com'),
  email('ann-lee@contoso.com', 'ann-lee@contoso.com'),
  email('ANN@CONTOSO.COM', 'ANN@contoso.com'),
  email("o'brien@contoso.ie", "o'brien@contoso.ie"),
  email('ann@contoso.com,', 'ann@contoso.com'),
  email('ann@sub.mail.contoso.com', 'ann@sub.mail.contoso.com'),
  email('ann@gmail.com', 'ann@gmail.com'),
  email('ann@gmai.com', 'ann@gmai.com', 'ann@gmail.com'),
  email('ann@gamil.com', 'ann@gamil.com', 'ann@gmail.com'),
  email('ann@gmail.co', 'ann@gmail.co', 'ann@gmail.com'),
  email('ann@outlook.cm', 'ann@outlook.cm', 'ann@outlook.com'),
  email('ann@yahoo.co.uk', 'ann@yahoo.co.uk'),
  email('ann@yahooo.com', 'ann@yahooo.com', 'ann@yahoo.com'),
  email('ann@iclod.com', 'ann@iclod.com', 'ann@icloud.com'),
  email('ann@icloud.com', 'ann@icloud.com'),
  email('ann@protonmail.com', 'ann@protonmail.com'),
  email('ana@hotmail.es', 'ana@hotmail.es'),
  email('ana@hotmial.es', 'ana@hotmial.es', 'ana@hotmail.es'),
  email('ana@telefonica.net', 'ana@telefonica.net'),
  email('bob@contoso', 'missing_top_level_domain'),
  email('ann@.com', 'missing_domain'),
  email('@contoso.com', 'malformed'),
  email('ann@contoso.c', 'malformed'),
  email('ann at contoso dot com', 'missing_at'),
  email('ann@contoso.com ann2@contoso.com', 'has_spaces'),
  email('ann@con toso.com', 'has_spaces'),
  email('ann@@gmail.com', 'malformed'),
  email('ann.@contoso.com', 'malformed'),
  email('.ann@contoso.com', 'malformed'),
  email('ann..lee@contoso.com', 'malformed'),
  email('ann@contoso,com', 'comma_in_domain'),
  email('ana@correo,es', 'comma_in_domain'),
  email('müller@beispiel.de', 'non_ascii'),
  // An apostrophe is RFC 5322 atext: the address is kept whole; a typographic one is no ASCII.
  email("alfie.o'neill@fabrikam.co.uk", "alfie.o'neill@fabrikam.co.uk"),
  email("<Alfie.O'Neill@Fabrikam.co.uk>", "Alfie.O'Neill@fabrikam.co.uk"),
  email("d'angelo.ruiz@example.es", "d'angelo.ruiz@example.es"),
  email('alfie.o’neill@fabrikam.co.uk', 'non_ascii'),
  ...realDomains,
  ...domainTypos,
];
