-- The confirmation of a sign-up in one round trip (src/features/registrations/data.ts, confirmRegistration).
--
-- Places are assigned under the event's row lock. Done from the app, the lock was held across four round trips
-- (lock, read, write, commit), so a burst of confirmations for one event queued behind each other's network
-- and scheduling delays. Here the lock is taken, the places counted (each statement of a PL/pgSQL function sees
-- a new snapshot: the counts include every confirmation committed before the lock was granted), the sign-up
-- updated, its mail queued and the audit entry written inside the database, and the lock is released when the
-- calling statement commits.
--
-- Only the common case is done here: a sign-up awaiting confirmation, of an event that takes sign-ups, as the
-- app read them when it rendered the two possible mails (same "updatedAt"s), with no place free for the waiting
-- list. Anything else answers 'slow' and changes nothing: the app then does the whole confirmation in a
-- transaction of its own (expiry, closed or cancelled events, promotion of the waiting list, a changed event).
--
-- The waiting-list mail comes with a marker where the position goes; a position of 1000 or more is 'slow' too,
-- since the app formats such numbers with digit grouping.
CREATE FUNCTION komm_confirm_registration(
  p_token_hash text,
  p_now timestamptz,
  p_event_version timestamptz,
  p_registration_version timestamptz,
  p_confirmed_mail jsonb,
  p_waitlisted_mail jsonb,
  p_position_mark text
) RETURNS TABLE (outcome text, waitlist_position int)
LANGUAGE plpgsql AS $$
DECLARE
  ev record;
  reg record;
  places record;
  new_status "RegistrationStatus";
  waitlisted_at timestamptz;
  pos int;
  mail jsonb;
BEGIN
  SELECT e.id, e.capacity, e.status, e."endsAt", e."updatedAt", e."voivodeshipCode" INTO ev
  FROM "Registration" r JOIN "Event" e ON e.id = r."eventId"
  WHERE r."confirmTokenHash" = p_token_hash
  FOR UPDATE OF e;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'invalid'::text, NULL::int;
    RETURN;
  END IF;

  SELECT r.id, r.status, r."expiresAt", r."updatedAt", r."voivodeshipCode" INTO reg
  FROM "Registration" r WHERE r."confirmTokenHash" = p_token_hash;
  SELECT count(*) FILTER (WHERE status IN ('CONFIRMED', 'ATTENDED'))::int AS taken,
         count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waiting,
         max("waitlistedAt") FILTER (WHERE status = 'WAITLISTED') AS last
    INTO places
  FROM "Registration" WHERE "eventId" = ev.id;

  IF reg.id IS NULL OR reg.status <> 'PENDING_EMAIL' OR reg."updatedAt" <> p_registration_version
     OR ev."updatedAt" <> p_event_version OR ev.status <> 'PUBLISHED' OR ev."endsAt" <= p_now
     OR (reg."expiresAt" IS NOT NULL AND reg."expiresAt" < p_now)
     OR (ev.capacity IS NOT NULL AND places.taken < ev.capacity AND places.waiting > 0)
     OR (ev.capacity IS NOT NULL AND places.taken >= ev.capacity AND places.waiting + 1 >= 1000) THEN
    RETURN QUERY SELECT 'slow'::text, NULL::int;
    RETURN;
  END IF;

  IF ev.capacity IS NULL OR places.taken < ev.capacity THEN
    new_status := 'CONFIRMED';
    mail := p_confirmed_mail;
  ELSE
    new_status := 'WAITLISTED';
    pos := places.waiting + 1;
    -- strictly after everyone waiting: the order of the list is the order of the lock
    waitlisted_at := greatest(p_now, places.last + interval '1 millisecond');
    mail := p_waitlisted_mail;
  END IF;

  UPDATE "Registration" SET
    status = new_status,
    "emailConfirmedAt" = p_now,
    "confirmedAt" = CASE WHEN new_status = 'CONFIRMED' THEN p_now END,
    "waitlistedAt" = waitlisted_at,
    "expiresAt" = NULL,
    "updatedAt" = p_now
  WHERE id = reg.id;

  INSERT INTO "OutboxMail" (id, kind, "toAddress", locale, subject, html, text, attachments, status, "nextAttemptAt", "registrationId")
  VALUES (
    (mail->>'id')::uuid, mail->>'kind', mail->>'toAddress', mail->>'locale', mail->>'subject',
    replace(mail->>'html', p_position_mark, coalesce(pos::text, '')),
    replace(mail->>'text', p_position_mark, coalesce(pos::text, '')),
    CASE WHEN jsonb_typeof(mail->'attachments') = 'array' THEN mail->'attachments' END,
    'PENDING', p_now, reg.id
  );

  INSERT INTO "AuditLog" ("actorLabel", action, "entityType", "entityId", "voivodeshipCode", details)
  VALUES (
    'registrant',
    CASE WHEN new_status = 'CONFIRMED' THEN 'registration.confirm' ELSE 'registration.waitlist' END,
    'registration', reg.id::text, coalesce(ev."voivodeshipCode", reg."voivodeshipCode"),
    CASE WHEN pos IS NOT NULL THEN jsonb_build_object('position', pos) END
  );

  RETURN QUERY SELECT lower(new_status::text), pos;
END
$$;
