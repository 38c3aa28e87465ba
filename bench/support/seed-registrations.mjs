// The 100 000 sign-ups of the coordinator-area benchmarks (bench/admin-registrations.mjs, bench/admin-dashboard.mjs),
// inserted with one INSERT … SELECT generate_series into an existing event.

/** `query(sql, params)` runs SQL on the bench database. */
export async function seedRegistrations(query, eventId, ROWS) {
  // Varied enough for the filters: 4 voivodeships, all the usual statuses, 10 % interpretation, 5 % accessibility
  // needs (with the sensitive-data consent), a third without an organisation.
  await query(
    `INSERT INTO "Registration" (id, "eventId", "fullName", email, "emailNormalized", phone, "organisationName", "noOrganisation",
       "voivodeshipCode", city, "policyVersion", "consentProcessingAt", "consentSensitiveAt", "accessibilityNeeds",
       "interpretationNeeded", "interpretationLanguage", status, "confirmedAt", "waitlistedAt", "cancelledAt",
       "manageTokenHash", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), $1::uuid,
       (ARRAY['Anna','Olena','Piotr','Maria','Ihor','Zofia','Tetiana','Jan'])[1 + i % 8] || ' ' ||
         (ARRAY['Kowalska','Szewczenko','Nowak','Wiśniewska','Bondarenko','Lewandowski','Krawiec','Zielińska'])[1 + (i / 8) % 8] || ' ' || i,
       'person-' || i || '@bench.komm.test', 'person-' || i || '@bench.komm.test',
       '+48 600 ' || lpad(i::text, 6, '0'),
       CASE WHEN i % 3 = 0 THEN NULL ELSE 'Stowarzyszenie ' || (i % 500) END, i % 3 = 0,
       (ARRAY['PL-MA','PL-PK','PL-MZ','PL-DS'])[1 + i % 4], 'Kraków', '2026-01', now(),
       CASE WHEN i % 20 = 0 THEN now() END, CASE WHEN i % 20 = 0 THEN 'dostęp bez schodów' END,
       i % 10 = 1, CASE WHEN i % 10 = 1 THEN 'uk' END,
       s.status::"RegistrationStatus",
       CASE WHEN s.status = 'CONFIRMED' THEN now() END, CASE WHEN s.status = 'WAITLISTED' THEN now() END,
       CASE WHEN s.status = 'CANCELLED' THEN now() END,
       'bench-' || i, now() - interval '30 days' + i * interval '20 milliseconds', now()
     FROM generate_series(1, $2::int) AS i,
       LATERAL (SELECT (ARRAY['CONFIRMED','CONFIRMED','CONFIRMED','CONFIRMED','CONFIRMED','CONFIRMED','WAITLISTED','WAITLISTED','CANCELLED','PENDING_EMAIL'])[1 + i % 10] AS status) s`,
    [eventId, ROWS],
  );
  // What autovacuum does within a minute or so of a bulk insert like this (PostgreSQL 13+ vacuums after inserts too):
  // statistics, the visibility map, and the trigram (GIN) indexes' pending entries merged. Measuring before that
  // would measure a state no real table stays in: the planner then avoids the GIN indexes for a sequential scan.
  await query(`VACUUM ANALYZE "Registration"`);
}

