// The portal's real content. Every fact comes from the coalition's original call for its first networking
// meeting (shared/seed); nothing here may go beyond it. Data only: prisma/seed.ts writes it to the database.
import type { EventFormat, EventStatus, ModerationStatus, OfferKind, OrganisationType } from "@/generated/prisma/enums";

export type VoivodeshipSeed = {
  code: string;
  slug: string;
  namePl: string;
  nameUk: string;
  nameEn: string;
  isProgrammeRegion: boolean;
  sortOrder: number;
};

export type OfferSeed = {
  kind: OfferKind;
  slug: string;
  sortOrder: number;
  titlePl: string;
  titleUk: string;
  titleEn: string;
  summaryPl: string;
  summaryUk: string;
  summaryEn: string;
  audiencePl: string;
  audienceUk: string;
  audienceEn: string;
  benefitsPl: string;
  benefitsUk: string;
  benefitsEn: string;
  howToPl: string;
  howToUk: string;
  howToEn: string;
};

export type OrganisationSeed = {
  slug: string;
  name: string;
  type: OrganisationType;
  /** Polish lower-case tags, e.g. "ukraińska" */
  communities: string[];
  /** ISO 639-1 */
  languages: string[];
  voivodeshipCode: string;
  city: string;
  isPartner: boolean;
  moderationStatus: ModerationStatus;
  descriptionPl: string;
  descriptionUk: string;
  descriptionEn: string;
  website: string | null;
  publicEmail: string | null;
  publishContact: boolean;
};

export type EventSeed = {
  slug: string;
  titlePl: string;
  titleUk: string;
  titleEn: string;
  summaryPl: string;
  summaryUk: string;
  summaryEn: string;
  /** plain text: blank line between paragraphs, list lines start with "- " */
  bodyPl: string;
  bodyUk: string;
  bodyEn: string;
  startsAt: Date;
  endsAt: Date;
  format: EventFormat;
  venueName: string | null;
  venueAddress: string | null;
  onlineMeetingUrl: string | null;
  capacity: number | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  meetingLanguage: string;
  interpretationOffered: boolean;
  status: EventStatus;
  /** the offer by its natural key; the seed resolves it to offerId */
  offerKind: OfferKind | null;
  voivodeshipCode: string | null;
};

/** The coordinators' address given in the call; the only public contact the seed document has. */
export const CONTACT_EMAIL = "lesya@kalejdoskopkultur.pl";

/** sortOrder follows the Polish alphabet (ł after l, ś after s), as a Polish reader expects the list. */
export const VOIVODESHIPS: readonly VoivodeshipSeed[] = [
  { code: "PL-DS", slug: "dolnoslaskie", namePl: "dolnośląskie", nameUk: "Нижньосілезьке", nameEn: "Lower Silesian", isProgrammeRegion: true, sortOrder: 1 },
  { code: "PL-KP", slug: "kujawsko-pomorskie", namePl: "kujawsko-pomorskie", nameUk: "Куявсько-Поморське", nameEn: "Kuyavian-Pomeranian", isProgrammeRegion: false, sortOrder: 2 },
  { code: "PL-LU", slug: "lubelskie", namePl: "lubelskie", nameUk: "Люблінське", nameEn: "Lublin", isProgrammeRegion: false, sortOrder: 3 },
  { code: "PL-LB", slug: "lubuskie", namePl: "lubuskie", nameUk: "Любуське", nameEn: "Lubusz", isProgrammeRegion: false, sortOrder: 4 },
  { code: "PL-LD", slug: "lodzkie", namePl: "łódzkie", nameUk: "Лодзинське", nameEn: "Łódź", isProgrammeRegion: false, sortOrder: 5 },
  { code: "PL-MA", slug: "malopolskie", namePl: "małopolskie", nameUk: "Малопольське", nameEn: "Lesser Poland", isProgrammeRegion: true, sortOrder: 6 },
  { code: "PL-MZ", slug: "mazowieckie", namePl: "mazowieckie", nameUk: "Мазовецьке", nameEn: "Masovian", isProgrammeRegion: true, sortOrder: 7 },
  { code: "PL-OP", slug: "opolskie", namePl: "opolskie", nameUk: "Опольське", nameEn: "Opole", isProgrammeRegion: false, sortOrder: 8 },
  { code: "PL-PK", slug: "podkarpackie", namePl: "podkarpackie", nameUk: "Підкарпатське", nameEn: "Subcarpathian", isProgrammeRegion: true, sortOrder: 9 },
  { code: "PL-PD", slug: "podlaskie", namePl: "podlaskie", nameUk: "Підляське", nameEn: "Podlaskie", isProgrammeRegion: false, sortOrder: 10 },
  { code: "PL-PM", slug: "pomorskie", namePl: "pomorskie", nameUk: "Поморське", nameEn: "Pomeranian", isProgrammeRegion: false, sortOrder: 11 },
  { code: "PL-SL", slug: "slaskie", namePl: "śląskie", nameUk: "Сілезьке", nameEn: "Silesian", isProgrammeRegion: false, sortOrder: 12 },
  { code: "PL-SK", slug: "swietokrzyskie", namePl: "świętokrzyskie", nameUk: "Свентокшиське", nameEn: "Świętokrzyskie", isProgrammeRegion: false, sortOrder: 13 },
  { code: "PL-WN", slug: "warminsko-mazurskie", namePl: "warmińsko-mazurskie", nameUk: "Вармінсько-Мазурське", nameEn: "Warmian-Masurian", isProgrammeRegion: false, sortOrder: 14 },
  { code: "PL-WP", slug: "wielkopolskie", namePl: "wielkopolskie", nameUk: "Великопольське", nameEn: "Greater Poland", isProgrammeRegion: false, sortOrder: 15 },
  { code: "PL-ZP", slug: "zachodniopomorskie", namePl: "zachodniopomorskie", nameUk: "Західнопоморське", nameEn: "West Pomeranian", isProgrammeRegion: false, sortOrder: 16 },
];

// The same way in for every offer: the seed names only the coordinators' address and the offer of interpretation.
const HOW_TO = {
  pl: `Zgłoś się przez formularz na portalu albo napisz na adres ${CONTACT_EMAIL}. Spotkania odbywają się po polsku. Jeśli potrzebujesz tłumaczenia, napisz o tym w zgłoszeniu.`,
  uk: `Подайте заявку через форму на порталі або напишіть на адресу ${CONTACT_EMAIL}. Зустрічі проходять польською мовою. Якщо вам потрібен переклад, напишіть про це в заявці.`,
  en: `Apply through the form on the portal or write to ${CONTACT_EMAIL}. Meetings are held in Polish. If you need interpretation, say so in your application.`,
} as const;

export const OFFERS: readonly OfferSeed[] = [
  {
    kind: "ANIMATORS_COURSE",
    slug: "kurs-animatorow",
    sortOrder: 1,
    titlePl: "Kurs animatorów mniejszości i migrantów",
    titleUk: "Курс аніматорів меншин і мігрантів",
    titleEn: "Course for minority and migrant community animators",
    summaryPl: "Kurs dla osób, które zaczynają działać jako liderki i liderzy w swoich społecznościach.",
    summaryUk: "Курс для тих, хто починає діяти як лідерка чи лідер у своїй громаді.",
    summaryEn: "A course for people who are starting out as leaders in their communities.",
    audiencePl: "Początkujące liderki i początkujący liderzy grup migrantów oraz mniejszości narodowych i etnicznych.",
    audienceUk: "Лідерки та лідери-початківці груп мігрантів, національних і етнічних меншин.",
    audienceEn: "Beginning leaders of migrant groups and of national and ethnic minorities.",
    benefitsPl: "Rozwiniesz swoje umiejętności jako liderka lub lider. Kurs jest częścią oferty dwuletniego projektu KOMM.",
    benefitsUk: "Ви розвинете свої навички лідерки чи лідера. Курс є частиною пропозиції дворічного проєкту KOMM.",
    benefitsEn: "You build your skills as a leader. The course is part of what the two-year KOMM project offers.",
    howToPl: HOW_TO.pl,
    howToUk: HOW_TO.uk,
    howToEn: HOW_TO.en,
  },
  {
    kind: "MENTORING",
    slug: "mentoring",
    sortOrder: 2,
    titlePl: "Mentoring dla organizacji i grup nieformalnych",
    titleUk: "Менторство для організацій і неформальних груп",
    titleEn: "Mentoring for organisations and informal groups",
    summaryPl: "Mentoring, który pomaga organizacjom i grupom nieformalnym wzmocnić swoje działania.",
    summaryUk: "Менторство, яке допомагає організаціям і неформальним групам зміцнити свою діяльність.",
    summaryEn: "Mentoring that helps organisations and informal groups make their work stronger.",
    audiencePl: "Organizacje i grupy nieformalne migrantów oraz mniejszości narodowych i etnicznych.",
    audienceUk: "Організації та неформальні групи мігрантів, національних і етнічних меншин.",
    audienceEn: "Organisations and informal groups of migrants and of national and ethnic minorities.",
    benefitsPl:
      "Wsparcie w sprawach, z którymi mierzy się Twoja organizacja lub grupa: lokal, zespół i umiejętności, promocja, finansowanie. Mentoring trwa w ramach dwuletniego projektu KOMM.",
    benefitsUk:
      "Підтримка в питаннях, з якими стикається ваша організація чи група: приміщення, команда й навички, просування, фінансування. Менторство триває в межах дворічного проєкту KOMM.",
    benefitsEn:
      "Support with what your organisation or group is facing: premises, staff and skills, promotion, funding. Mentoring runs within the two-year KOMM project.",
    howToPl: HOW_TO.pl,
    howToUk: HOW_TO.uk,
    howToEn: HOW_TO.en,
  },
  {
    kind: "INCUBATOR",
    slug: "inkubator-inicjatyw",
    sortOrder: 3,
    titlePl: "Inkubator inicjatyw migrancko-mniejszościowych",
    titleUk: "Інкубатор ініціатив мігрантів і меншин",
    titleEn: "Incubator of migrant and minority initiatives",
    summaryPl: "Inkubator, w którym możesz zrealizować własny pomysł na inicjatywę migrancką lub mniejszościową.",
    summaryUk: "Інкубатор, у якому ви можете втілити власну ідею ініціативи мігрантів або меншин.",
    summaryEn: "An incubator where you can carry out your own idea for a migrant or minority initiative.",
    audiencePl: "Osoby, grupy i organizacje migrantów oraz mniejszości narodowych i etnicznych, które mają pomysł na własną inicjatywę.",
    audienceUk: "Люди, групи та організації мігрантів, національних і етнічних меншин, які мають ідею власної ініціативи.",
    audienceEn: "People, groups and organisations of migrants and of national and ethnic minorities who have an idea for their own initiative.",
    benefitsPl: "Zrealizujesz swój pomysł w ramach dwuletniego projektu KOMM.",
    benefitsUk: "Ви втілите свою ідею в межах дворічного проєкту KOMM.",
    benefitsEn: "You carry out your idea as part of the two-year KOMM project.",
    howToPl: HOW_TO.pl,
    howToUk: HOW_TO.uk,
    howToEn: HOW_TO.en,
  },
  {
    kind: "FORUM",
    slug: "forum-partnerstwa-i-integracji",
    sortOrder: 4,
    titlePl: "Forum Partnerstwa i Integracji",
    titleUk: "Форум партнерства та інтеграції",
    titleEn: "Partnership and Integration Forum",
    summaryPl: "Forum, na którym organizacje i grupy mniejszości oraz migrantów poznają się i nawiązują współpracę.",
    summaryUk: "Форум, на якому організації та групи меншин і мігрантів знайомляться й налагоджують співпрацю.",
    summaryEn: "A forum where minority and migrant organisations and groups meet and start working together.",
    audiencePl: "Organizacje i grupy nieformalne mniejszości narodowych i etnicznych oraz migrantów i migrantek.",
    audienceUk: "Організації та неформальні групи національних і етнічних меншин, мігрантів і мігранток.",
    audienceEn: "Organisations and informal groups of national and ethnic minorities and of migrants.",
    benefitsPl:
      "Poznasz inne organizacje i grupy. Forum wspiera współpracę między mniejszościami „ustawowymi”, czyli obywatelami Polski, a migrantami. Odbywa się w ramach dwuletniego projektu KOMM.",
    benefitsUk:
      "Ви познайомитеся з іншими організаціями та групами. Форум підтримує співпрацю між «визнаними законом» меншинами, тобто громадянами Польщі, і мігрантами. Він відбувається в межах дворічного проєкту KOMM.",
    benefitsEn:
      "You meet other organisations and groups. The forum supports cooperation between the minorities recognised by Polish law, who are Polish citizens, and migrants. It takes place within the two-year KOMM project.",
    howToPl: HOW_TO.pl,
    howToUk: HOW_TO.uk,
    howToEn: HOW_TO.en,
  },
  {
    kind: "FILM_PORTRAIT",
    slug: "portret-filmowy",
    sortOrder: 5,
    titlePl: "Portret filmowy Twojej inicjatywy",
    titleUk: "Фільмовий портрет вашої ініціативи",
    titleEn: "A film portrait of your initiative",
    summaryPl: "Wsparcie promocyjne: oryginalny portret filmowy Twojej inicjatywy.",
    summaryUk: "Підтримка в просуванні: оригінальний фільмовий портрет вашої ініціативи.",
    summaryEn: "Promotional support: an original film portrait of your initiative.",
    audiencePl: "Organizacje i grupy migrantów oraz mniejszości narodowych i etnicznych, które chcą pokazać swoją inicjatywę szerzej.",
    audienceUk: "Організації та групи мігрантів, національних і етнічних меншин, які хочуть показати свою ініціативу ширше.",
    audienceEn: "Organisations and groups of migrants and of national and ethnic minorities who want more people to know about their initiative.",
    benefitsPl: "Otrzymasz oryginalny film o swojej inicjatywie, który pomoże ją promować. To część dwuletniego projektu KOMM.",
    benefitsUk: "Ви отримаєте оригінальний фільм про свою ініціативу, який допоможе її просувати. Це частина дворічного проєкту KOMM.",
    benefitsEn: "You get an original film about your initiative to help you promote it. This is part of the two-year KOMM project.",
    howToPl: HOW_TO.pl,
    howToUk: HOW_TO.uk,
    howToEn: HOW_TO.en,
  },
];

export const PARTNERS: readonly OrganisationSeed[] = [
  {
    slug: "kalejdoskop-kultur",
    name: "Kalejdoskop Kultur",
    type: "NGO",
    communities: [], // the seed names no single community: it works with minorities and migrants in general
    languages: ["pl"],
    voivodeshipCode: "PL-DS",
    city: "Wrocław",
    isPartner: true,
    moderationStatus: "APPROVED",
    descriptionPl:
      "Kalejdoskop Kultur prowadzi dwuletni projekt KOMM razem z organizacjami partnerskimi w czterech województwach i zaprasza do Koalicji Organizacji Mniejszościowych i Migranckich. Partner projektu KOMM w województwie dolnośląskim.",
    descriptionUk:
      "Kalejdoskop Kultur («Калейдоскоп культур») керує дворічним проєктом KOMM разом з організаціями-партнерами в чотирьох воєводствах і запрошує до Коаліції організацій меншин і мігрантів. Партнер проєкту KOMM у Нижньосілезькому воєводстві.",
    descriptionEn:
      "Kalejdoskop Kultur leads the two-year KOMM project together with partner organisations in four voivodeships and invites you to join the Coalition of Minority and Migrant Organisations. Partner of the KOMM project in the Lower Silesian voivodeship.",
    website: null,
    publicEmail: CONTACT_EMAIL,
    publishContact: true,
  },
  {
    slug: "fundacja-nasz-wybor",
    name: "Fundacja Nasz Wybór",
    type: "NGO",
    communities: ["ukraińska"],
    languages: ["pl", "uk"],
    voivodeshipCode: "PL-MZ",
    city: "Warszawa",
    isPartner: true,
    moderationStatus: "APPROVED",
    descriptionPl: "Fundacja Nasz Wybór z Warszawy jest partnerem projektu KOMM w województwie mazowieckim.",
    descriptionUk: "Fundacja Nasz Wybór (фундація «Наш вибір») з Варшави — партнер проєкту KOMM у Мазовецькому воєводстві.",
    descriptionEn: "Fundacja Nasz Wybór (Our Choice Foundation) from Warsaw is a partner of the KOMM project in the Masovian voivodeship.",
    website: null,
    publicEmail: null,
    publishContact: false,
  },
  {
    slug: "fundacja-zustricz",
    name: "Fundacja Zustricz",
    type: "NGO",
    communities: ["ukraińska"],
    languages: ["pl", "uk"],
    voivodeshipCode: "PL-MA",
    city: "Kraków",
    isPartner: true,
    moderationStatus: "APPROVED",
    descriptionPl: "Fundacja Zustricz z Krakowa jest partnerem projektu KOMM w województwie małopolskim.",
    descriptionUk: "Fundacja Zustricz (фундація «Зустріч») з Кракова — партнер проєкту KOMM у Малопольському воєводстві.",
    descriptionEn: "Fundacja Zustricz (Zustricz Foundation) from Kraków is a partner of the KOMM project in the Lesser Poland voivodeship.",
    website: null,
    publicEmail: null,
    publishContact: false,
  },
  {
    slug: "zwiazek-ukraincow-w-polsce-przemysl",
    name: "Związek Ukraińców w Polsce – oddział w Przemyślu",
    // the Ukrainian national minority's own association: a "statutory" minority organisation in the seed's terms
    type: "STATUTORY_MINORITY_ORGANISATION",
    communities: ["ukraińska"],
    languages: ["pl", "uk"],
    voivodeshipCode: "PL-PK",
    city: "Przemyśl",
    isPartner: true,
    moderationStatus: "APPROVED",
    descriptionPl: "Przemyski oddział Związku Ukraińców w Polsce jest partnerem projektu KOMM w województwie podkarpackim.",
    descriptionUk: "Перемиський відділ Об’єднання українців у Польщі (Związek Ukraińców w Polsce) — партнер проєкту KOMM у Підкарпатському воєводстві.",
    descriptionEn: "The Przemyśl branch of the Union of Ukrainians in Poland is a partner of the KOMM project in the Subcarpathian voivodeship.",
    website: null,
    publicEmail: null,
    publishContact: false,
  },
];

/** 15 June 2021, 15:00 in Warsaw (CEST, UTC+2). */
const FIRST_MEETING_START = new Date("2021-06-15T13:00:00.000Z");

/** The three goals of the first meeting, as the call lists them (Polish). Tests check the body keeps them. */
export const FIRST_MEETING_GOALS_PL = [
  "poznać się nawzajem: podzielić się potrzebami, perspektywami i oczekiwaniami wobec Koalicji,",
  "przedstawić ofertę Koalicji, z której możecie skorzystać w ciągu najbliższych 2 lat, by wzmocnić swoje organizacje, podnieść kompetencje liderów, promować swoje inicjatywy, a także je sfinansować,",
  "wypracować podstawowe zasady funkcjonowania Koalicji oraz jej cele długofalowe.",
] as const;

const bullets = (lines: readonly string[]) => lines.map((l) => `- ${l}`).join("\n");

export const FIRST_MEETING: EventSeed = {
  slug: "pierwsze-spotkanie-sieciujace-komm",
  titlePl: "Koalicja Organizacji Mniejszościowych i Migranckich: spotkanie sieciujące",
  titleUk: "Коаліція організацій меншин і мігрантів: зустріч для налагодження співпраці",
  titleEn: "Coalition of Minority and Migrant Organisations: networking meeting",
  summaryPl:
    "Pierwsze spotkanie sieciujące powstającej Koalicji Organizacji Mniejszościowych i Migranckich, online na platformie Zoom. Zaprasza Kalejdoskop Kultur.",
  summaryUk:
    "Перша зустріч нової Коаліції організацій меншин і мігрантів для налагодження співпраці, онлайн на платформі Zoom. Запрошує Kalejdoskop Kultur.",
  summaryEn:
    "The first networking meeting of the new Coalition of Minority and Migrant Organisations, online on Zoom. Hosted by Kalejdoskop Kultur.",
  bodyPl: [
    "Jesteś liderką lub liderem nieformalnej grupy reprezentującej migrantów, mniejszość etniczną lub narodową? A może działasz w doświadczonej organizacji pozarządowej migrantów, migrantek lub tzw. „ustawowych” przedstawicieli mniejszości? Czas połączyć siły! Kalejdoskop Kultur zaprasza na pierwsze spotkanie sieciujące powstającej Koalicji Organizacji Mniejszościowych i Migranckich.",
    "Nie musisz należeć do formalnej organizacji. Wystarczy, że działasz w ramach lub na rzecz grupy złożonej z migrantów i migrantek lub przedstawicielek i przedstawicieli mniejszości narodowych i etnicznych.",
    "Organizacje migrantów i migrantek oraz lokalne zrzeszenia i grupy mniejszości narodowych i etnicznych mierzą się z wieloma wyzwaniami:",
    bullets(["problemy z lokalem,", "ograniczone możliwości kadrowe i kompetencje,", "promocja działań,", "finansowanie bieżących działań."]),
    "Główny cel Koalicji to wspólna platforma, która pomoże nagłaśniać inicjatywy i kierunki rozwoju oraz wesprze współpracę między mniejszościami „ustawowymi”, czyli obywatelami Polski, a migrantami.",
    "Cele pierwszego spotkania:",
    bullets(FIRST_MEETING_GOALS_PL),
    `Spotkanie odbywa się online, na platformie Zoom. Spotkania Koalicji odbywają się po polsku. Jeśli nie mówisz po polsku na tyle dobrze, by wziąć udział w spotkaniu, zgłoś taką potrzebę. Pytania: ${CONTACT_EMAIL}`,
  ].join("\n\n"),
  bodyUk: [
    "Ви лідерка чи лідер неформальної групи, яка представляє мігрантів, етнічну чи національну меншину? Або ви працюєте в досвідченій громадській організації мігрантів, мігранток чи так званих «визнаних законом» меншин? Час об’єднати сили! Kalejdoskop Kultur запрошує на першу зустріч нової Коаліції організацій меншин і мігрантів, щоб налагодити співпрацю.",
    "Вам не потрібно належати до офіційної організації. Достатньо діяти в групі мігрантів і мігранток або представниць і представників національних та етнічних меншин чи на користь такої групи.",
    "Організації мігрантів і мігранток, а також місцеві об’єднання та групи національних і етнічних меншин стикаються з багатьма труднощами:",
    bullets(["проблеми з приміщенням,", "брак людей і навичок,", "просування своєї діяльності,", "фінансування поточної роботи."]),
    "Головна мета Коаліції — спільна платформа, яка допоможе розповідати про ініціативи та напрями розвитку й підтримає співпрацю між «визнаними законом» меншинами, тобто громадянами Польщі, і мігрантами.",
    "Цілі першої зустрічі:",
    bullets([
      "познайомитися одне з одним: поділитися потребами, поглядами та очікуваннями щодо Коаліції,",
      "представити пропозицію Коаліції, якою ви можете скористатися протягом найближчих 2 років, щоб зміцнити свої організації, підвищити компетенції лідерів, просувати свої ініціативи, а також їх фінансувати,",
      "напрацювати основні правила роботи Коаліції та її довгострокові цілі.",
    ]),
    `Зустріч проходить онлайн, на платформі Zoom. Зустрічі Коаліції відбуваються польською мовою. Якщо ви недостатньо добре володієте польською, щоб узяти участь у зустрічі, повідомте нам про це. Запитання: ${CONTACT_EMAIL}`,
  ].join("\n\n"),
  bodyEn: [
    "Do you lead an informal group representing migrants or an ethnic or national minority? Or do you work in an experienced non-governmental organisation of migrants or of the minorities recognised by Polish law? It is time to join forces! Kalejdoskop Kultur invites you to the first networking meeting of the new Coalition of Minority and Migrant Organisations.",
    "You do not need to belong to a formal organisation. It is enough that you act within, or for, a group of migrants or of members of national and ethnic minorities.",
    "Migrant organisations and local associations and groups of national and ethnic minorities face many challenges:",
    bullets(["problems with premises,", "limited staff and skills,", "promoting their work,", "funding their day-to-day activities."]),
    "The coalition's main aim is a shared platform that helps make initiatives and plans for development more widely known and supports cooperation between the minorities recognised by Polish law, who are Polish citizens, and migrants.",
    "Goals of the first meeting:",
    bullets([
      "get to know each other: share our needs, perspectives and expectations of the coalition,",
      "present the coalition's offer, which you can use over the next 2 years to strengthen your organisations, build your leaders' skills, promote your initiatives and fund them,",
      "agree on the coalition's basic working rules and its long-term goals.",
    ]),
    `The meeting is online, on Zoom. Coalition meetings are held in Polish. If your Polish is not good enough to take part, let us know. Questions: ${CONTACT_EMAIL}`,
  ].join("\n\n"),
  startsAt: FIRST_MEETING_START,
  // The call gives no end time; two hours is an assumption and the texts say nothing about it.
  endsAt: new Date("2021-06-15T15:00:00.000Z"),
  format: "ONLINE",
  venueName: "Zoom",
  venueAddress: null,
  onlineMeetingUrl: null, // the call links only a sign-up form, not the meeting itself
  capacity: null,
  registrationOpensAt: null,
  registrationClosesAt: FIRST_MEETING_START,
  meetingLanguage: "pl",
  interpretationOffered: true, // "if you don't speak Polish well enough – tell us"
  status: "PUBLISHED",
  offerKind: null,
  voivodeshipCode: null, // all four regions
};
