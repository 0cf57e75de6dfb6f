-- Gap-free counters shared by every numbered series (documents now, the case register later): one
-- row per office, series and year, locked by the UPDATE that takes a number inside the caller's
-- transaction, so a rolled-back step gives its number back and two steps never share one.
create table numbering_counter (
  tenant_id      varchar(64)  not null,
  series_name    varchar(64)  not null,
  counter_year   integer      not null,
  last_number    integer      not null,
  constraint pk_numbering_counter primary key (tenant_id, series_name, counter_year)
);

-- Every official document the offices issued (surat, berita acara, laporan): its number, the case
-- and step that issued it, who, when, the SHA-256 of the PDF and the PDF itself. bytea is binary
-- varying on H2 2.x and the native binary type on PostgreSQL.
create table document_archive (
  document_id          varchar(36)  not null,
  tenant_id            varchar(64)  not null,
  document_kind        varchar(64)  not null,
  document_number      varchar(128) not null,
  document_year        integer      not null,
  sequence_number      integer      not null,
  template_name        varchar(128) not null,
  business_key         varchar(255),
  process_instance_id  varchar(64),
  activity_id          varchar(255),
  issued_by            varchar(255) not null,
  issued_at            timestamp    not null,
  content_sha256       varchar(64)  not null,
  content_length       integer      not null,
  pdf_content          bytea        not null,
  constraint pk_document_archive primary key (document_id),
  constraint uq_document_number unique (tenant_id, document_kind, document_number),
  constraint uq_document_sequence unique (tenant_id, document_kind, document_year, sequence_number)
);

create index ix_document_archive_instance on document_archive (process_instance_id);
create index ix_document_archive_number on document_archive (document_number);
