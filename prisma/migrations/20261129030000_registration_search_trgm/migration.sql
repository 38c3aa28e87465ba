-- Trigram indexes for the coordinators' sign-up search (ILIKE '%…%' on name, e-mail and typed organisation name).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- CreateIndex
CREATE INDEX "Registration_fullName_trgm_idx" ON "Registration" USING GIN ("fullName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Registration_emailNormalized_trgm_idx" ON "Registration" USING GIN ("emailNormalized" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Registration_organisationName_trgm_idx" ON "Registration" USING GIN ("organisationName" gin_trgm_ops);

