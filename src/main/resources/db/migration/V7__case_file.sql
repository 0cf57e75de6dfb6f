-- The case file (file penerima manfaat): the people an office serves, which cases they are part of, the
-- papers staff upload, the consent to a referral and who read whose file.

-- One row per person and office. The same NIK is one person per office; people without an identity
-- document have no NIK and are merged into the person who has it once it is found (merged_into).
create table beneficiary (
  beneficiary_id   varchar(36)  not null,
  tenant_id        varchar(64)  not null,
  nik              varchar(16),
  full_name        varchar(200) not null,
  birth_place      varchar(100),
  birth_date       date,
  sex              varchar(1),
  desa_kelurahan   varchar(100),
  kecamatan        varchar(100),
  address          varchar(500),
  family_guardian  varchar(500),
  category         varchar(32),
  created_by       varchar(255) not null,
  created_at       timestamp    not null,
  merged_into      varchar(36),
  constraint pk_beneficiary primary key (beneficiary_id),
  constraint uq_beneficiary_nik unique (tenant_id, nik)
);

create index ix_beneficiary_name on beneficiary (tenant_id, full_name);

-- A merge of a person without NIK into the person found later: who, when and why.
create table beneficiary_merge (
  merge_id        varchar(36)  not null,
  tenant_id       varchar(64)  not null,
  merged_id       varchar(36)  not null,
  into_id         varchar(36)  not null,
  merged_by       varchar(255) not null,
  merged_at       timestamp    not null,
  reason          varchar(500),
  constraint pk_beneficiary_merge primary key (merge_id)
);

-- The people of a case: person_key is the mapping's role (e.g. anak, lansia) or the cohort entry (pm-1, …).
create table case_person (
  process_instance_id     varchar(64)  not null,
  person_key              varchar(64)  not null,
  beneficiary_id          varchar(36)  not null,
  tenant_id               varchar(64)  not null,
  process_definition_key  varchar(255) not null,
  linked_at               timestamp    not null,
  constraint pk_case_person primary key (process_instance_id, person_key)
);

create index ix_case_person_beneficiary on case_person (beneficiary_id);

-- Scanned papers and photos of a case, type checked by content; the bytes kept with their SHA-256.
create table case_upload (
  upload_id            varchar(36)  not null,
  tenant_id            varchar(64)  not null,
  process_instance_id  varchar(64)  not null,
  beneficiary_id       varchar(36),
  description          varchar(200) not null,
  file_name            varchar(255) not null,
  content_type         varchar(64)  not null,
  content_length       integer      not null,
  content_sha256       varchar(64)  not null,
  uploaded_by          varchar(255) not null,
  uploaded_at          timestamp    not null,
  content              bytea        not null,
  constraint pk_case_upload primary key (upload_id)
);

create index ix_case_upload_instance on case_upload (process_instance_id);

-- The client's or guardian's consent to a referral to a balai or panti, taken at the referral step.
create table referral_consent (
  consent_id           varchar(36)  not null,
  tenant_id            varchar(64)  not null,
  process_instance_id  varchar(64)  not null,
  task_id              varchar(64)  not null,
  activity_id          varchar(255) not null,
  given_by             varchar(16)  not null,
  giver_name           varchar(200) not null,
  recorded_by          varchar(255) not null,
  recorded_at          timestamp    not null,
  constraint pk_referral_consent primary key (consent_id)
);

create index ix_referral_consent_instance on referral_consent (process_instance_id);

-- Every reading of a person's file: who, when, which person, through which page.
create table case_file_access (
  access_id            varchar(36)  not null,
  tenant_id            varchar(64)  not null,
  user_id              varchar(255) not null,
  accessed_at          timestamp    not null,
  beneficiary_id       varchar(36)  not null,
  process_instance_id  varchar(64),
  constraint pk_case_file_access primary key (access_id)
);

create index ix_case_file_access_tenant on case_file_access (tenant_id, accessed_at);
