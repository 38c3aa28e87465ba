// Demo data, written only with SEED_DEMO=1: upcoming events and member organisations so a fresh portal has
// something to click through. Everything is fictional and says so. Slugs are fixed (not date-based) so that
// re-seeding updates these rows instead of adding new ones.
import type { EventSeed, OrganisationSeed } from "./content";

const TIME_ZONE = "Europe/Warsaw";

const warsawParts = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

/** Warsaw's wall-clock fields of an instant. */
export function warsawClock(instant: Date) {
  const p = Object.fromEntries(warsawParts.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour!, minute: p.minute!, second: p.second! };
}

/** Warsaw's offset from UTC at an instant, in ms (+1 h in winter, +2 h in summer). */
function warsawOffsetMs(instant: number) {
  const c = warsawClock(new Date(instant));
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant when Warsaw's clock shows `hour`:00 on the calendar day `days` after `now`'s Warsaw day.
 * Date.UTC normalises day overflow (31 + 10 → next month). The offset is looked up twice because the first
 * guess can fall on the other side of a DST switch.
 */
export function warsawHour(now: Date, days: number, hour: number): Date {
  const today = warsawClock(now);
  const wall = Date.UTC(today.year, today.month - 1, today.day + days, hour);
  const guess = wall - warsawOffsetMs(wall);
  return new Date(wall - warsawOffsetMs(guess));
}

const HOURS = 60 * 60 * 1000;

// Registration opened a week before seeding, on a whole hour: "open now" without the value changing on every
// run of the same day (which would defeat idempotency).
const opens = (now: Date) => warsawHour(now, -7, 9);

const DEMO_NOTE = {
  pl: "To przykładowe wydarzenie (demo). Nie jest prawdziwym spotkaniem Koalicji.",
  uk: "Це приклад події (демо). Це не справжня зустріч Коаліції.",
  en: "This is a sample event (demo). It is not a real coalition meeting.",
} as const;

export function demoEvents(now: Date): EventSeed[] {
  const online = warsawHour(now, 10, 17);
  const przemysl = warsawHour(now, 21, 11);
  const krakow = warsawHour(now, 35, 16);
  const draft = warsawHour(now, 49, 17);

  return [
    {
      slug: "demo-spotkanie-sieciujace-online",
      titlePl: "Spotkanie sieciujące Koalicji online [demo]",
      titleUk: "Онлайн-зустріч Коаліції для налагодження співпраці [демо]",
      titleEn: "Online coalition networking meeting [demo]",
      summaryPl: "Spotkanie online dla organizacji i grup mniejszości oraz migrantów z całej Polski.",
      summaryUk: "Онлайн-зустріч для організацій і груп меншин та мігрантів з усієї Польщі.",
      summaryEn: "An online meeting for minority and migrant organisations and groups from all over Poland.",
      bodyPl: `Poznaj inne organizacje i grupy z czterech regionów projektu KOMM.\n\n${DEMO_NOTE.pl}`,
      bodyUk: `Познайомтеся з іншими організаціями та групами з чотирьох регіонів проєкту KOMM.\n\n${DEMO_NOTE.uk}`,
      bodyEn: `Meet other organisations and groups from the four regions of the KOMM project.\n\n${DEMO_NOTE.en}`,
      startsAt: online,
      endsAt: new Date(online.getTime() + 2 * HOURS),
      format: "ONLINE",
      venueName: "Zoom",
      venueAddress: null,
      onlineMeetingUrl: "https://zoom.example/j/demo",
      capacity: 30,
      registrationOpensAt: opens(now),
      registrationClosesAt: online,
      meetingLanguage: "pl",
      interpretationOffered: false,
      status: "PUBLISHED",
      offerKind: null,
      voivodeshipCode: null,
    },
    {
      slug: "demo-spotkanie-regionalne-przemysl",
      titlePl: "Spotkanie regionalne w Przemyślu – Forum Partnerstwa i Integracji [demo]",
      titleUk: "Регіональна зустріч у Перемишлі — Форум партнерства та інтеграції [демо]",
      titleEn: "Regional meeting in Przemyśl – Partnership and Integration Forum [demo]",
      summaryPl: "Spotkanie na miejscu w Przemyślu, z możliwością udziału online.",
      summaryUk: "Зустріч наживо в Перемишлі з можливістю долучитися онлайн.",
      summaryEn: "An in-person meeting in Przemyśl that you can also join online.",
      bodyPl: `Spotkanie organizacji i grup z województwa podkarpackiego. Możesz przyjść na miejsce albo dołączyć online. Jeśli potrzebujesz tłumaczenia, zaznacz to przy zapisie.\n\n${DEMO_NOTE.pl}`,
      bodyUk: `Зустріч організацій і груп з Підкарпатського воєводства. Можна прийти особисто або долучитися онлайн. Якщо вам потрібен переклад, позначте це під час реєстрації.\n\n${DEMO_NOTE.uk}`,
      bodyEn: `A meeting of organisations and groups from the Subcarpathian voivodeship. Come in person or join online. If you need interpretation, say so when you sign up.\n\n${DEMO_NOTE.en}`,
      startsAt: przemysl,
      endsAt: new Date(przemysl.getTime() + 3 * HOURS),
      format: "HYBRID",
      venueName: "Sala spotkań (demo)",
      venueAddress: "ul. Przykładowa 1, 37-700 Przemyśl",
      onlineMeetingUrl: "https://zoom.example/j/demo-przemysl",
      capacity: 40,
      registrationOpensAt: opens(now),
      registrationClosesAt: przemysl,
      meetingLanguage: "pl",
      interpretationOffered: true,
      status: "PUBLISHED",
      offerKind: "FORUM",
      voivodeshipCode: "PL-PK",
    },
    {
      slug: "demo-kurs-animatorow-spotkanie-informacyjne-krakow",
      titlePl: "Kurs animatorów – spotkanie informacyjne w Krakowie [demo]",
      titleUk: "Курс аніматорів — інформаційна зустріч у Кракові [демо]",
      titleEn: "Animators' course – information meeting in Kraków [demo]",
      summaryPl: "Dowiedz się, jak wygląda kurs animatorów mniejszości i migrantów.",
      summaryUk: "Дізнайтеся, як проходить курс аніматорів меншин і мігрантів.",
      summaryEn: "Find out what the course for minority and migrant community animators is like.",
      bodyPl: `Spotkanie dla początkujących liderek i liderów z województwa małopolskiego, którzy myślą o udziale w kursie.\n\n${DEMO_NOTE.pl}`,
      bodyUk: `Зустріч для лідерок і лідерів-початківців з Малопольського воєводства, які думають про участь у курсі.\n\n${DEMO_NOTE.uk}`,
      bodyEn: `A meeting for beginning leaders from the Lesser Poland voivodeship who are thinking about joining the course.\n\n${DEMO_NOTE.en}`,
      startsAt: krakow,
      endsAt: new Date(krakow.getTime() + 2 * HOURS),
      format: "ONSITE",
      venueName: "Sala warsztatowa (demo)",
      venueAddress: "ul. Przykładowa 2, 31-000 Kraków",
      onlineMeetingUrl: null,
      capacity: 20,
      registrationOpensAt: opens(now),
      registrationClosesAt: krakow,
      meetingLanguage: "pl",
      interpretationOffered: false,
      status: "PUBLISHED",
      offerKind: "ANIMATORS_COURSE",
      voivodeshipCode: "PL-MA",
    },
    {
      slug: "demo-mentoring-spotkanie-informacyjne-szkic",
      titlePl: "Mentoring – spotkanie informacyjne (szkic) [demo]",
      titleUk: "Менторство — інформаційна зустріч (чернетка) [демо]",
      titleEn: "Mentoring – information meeting (draft) [demo]",
      summaryPl: "Szkic wydarzenia, niewidoczny publicznie.",
      summaryUk: "Чернетка події, яку не видно публічно.",
      summaryEn: "A draft event, not shown to the public.",
      bodyPl: `Spotkanie dla organizacji i grup nieformalnych zainteresowanych mentoringiem.\n\n${DEMO_NOTE.pl}`,
      bodyUk: `Зустріч для організацій і неформальних груп, які цікавляться менторством.\n\n${DEMO_NOTE.uk}`,
      bodyEn: `A meeting for organisations and informal groups interested in mentoring.\n\n${DEMO_NOTE.en}`,
      startsAt: draft,
      endsAt: new Date(draft.getTime() + 2 * HOURS),
      format: "ONLINE",
      venueName: "Zoom",
      venueAddress: null,
      onlineMeetingUrl: "https://zoom.example/j/demo-mentoring",
      capacity: 25,
      registrationOpensAt: null,
      registrationClosesAt: null,
      meetingLanguage: "pl",
      interpretationOffered: false,
      status: "DRAFT",
      offerKind: "MENTORING",
      voivodeshipCode: null,
    },
  ];
}

const DEMO_ORG_NOTE = {
  pl: "Fikcyjna organizacja do celów demonstracyjnych.",
  uk: "Вигадана організація для демонстрації.",
  en: "A fictional organisation for demonstration.",
} as const;

export const DEMO_ORGANISATIONS: readonly OrganisationSeed[] = [
  {
    slug: "demo-grupa-nieformalna-sasiedzi",
    name: "Grupa nieformalna Sąsiedzi (demo)",
    type: "INFORMAL_GROUP",
    communities: ["białoruska", "ukraińska"],
    languages: ["pl", "be", "uk"],
    voivodeshipCode: "PL-MZ",
    city: "Warszawa",
    isPartner: false,
    moderationStatus: "APPROVED",
    descriptionPl: `Sąsiedzka grupa, która organizuje wspólne wieczory i pomoc w codziennych sprawach. ${DEMO_ORG_NOTE.pl}`,
    descriptionUk: `Сусідська група, яка організовує спільні вечори й допомагає в щоденних справах. ${DEMO_ORG_NOTE.uk}`,
    descriptionEn: `A neighbourhood group that runs get-togethers and helps with everyday matters. ${DEMO_ORG_NOTE.en}`,
    website: null,
    publicEmail: "sasiedzi@example.org",
    publishContact: true,
  },
  {
    slug: "demo-stowarzyszenie-migrantow-most",
    name: "Stowarzyszenie Migrantów Most (demo)",
    type: "MIGRANT_ORGANISATION",
    communities: ["wietnamska"],
    languages: ["pl", "vi", "en"],
    voivodeshipCode: "PL-DS",
    city: "Wrocław",
    isPartner: false,
    moderationStatus: "APPROVED",
    descriptionPl: `Stowarzyszenie prowadzi lekcje polskiego i dyżury informacyjne dla migrantów. ${DEMO_ORG_NOTE.pl}`,
    descriptionUk: `Об’єднання проводить уроки польської мови та консультації для мігрантів. ${DEMO_ORG_NOTE.uk}`,
    descriptionEn: `The association runs Polish lessons and advice hours for migrants. ${DEMO_ORG_NOTE.en}`,
    website: "https://most.example.org",
    publicEmail: null,
    publishContact: false,
  },
  {
    slug: "demo-stowarzyszenie-romow-droga",
    name: "Stowarzyszenie Romów Droga (demo)",
    type: "STATUTORY_MINORITY_ORGANISATION",
    communities: ["romska"],
    languages: ["pl"],
    voivodeshipCode: "PL-MA",
    city: "Nowy Sącz",
    isPartner: false,
    moderationStatus: "APPROVED",
    descriptionPl: `Stowarzyszenie dba o kulturę romską i wspiera naukę dzieci. ${DEMO_ORG_NOTE.pl}`,
    descriptionUk: `Об’єднання плекає ромську культуру та підтримує навчання дітей. ${DEMO_ORG_NOTE.uk}`,
    descriptionEn: `The association looks after Roma culture and supports children's education. ${DEMO_ORG_NOTE.en}`,
    website: null,
    publicEmail: null,
    publishContact: false,
  },
  {
    slug: "demo-grupa-nieformalna-lemkowskie-spotkania",
    name: "Łemkowskie Spotkania – grupa nieformalna (demo)",
    type: "INFORMAL_GROUP",
    communities: ["łemkowska"],
    languages: ["pl"],
    voivodeshipCode: "PL-PK",
    city: "Sanok",
    isPartner: false,
    moderationStatus: "APPROVED",
    descriptionPl: `Grupa spotyka się, by śpiewać i uczyć się tradycji łemkowskich. ${DEMO_ORG_NOTE.pl}`,
    descriptionUk: `Група збирається, щоб співати й вивчати лемківські традиції. ${DEMO_ORG_NOTE.uk}`,
    descriptionEn: `The group meets to sing and learn Lemko traditions. ${DEMO_ORG_NOTE.en}`,
    website: null,
    publicEmail: null,
    publishContact: false,
  },
];
