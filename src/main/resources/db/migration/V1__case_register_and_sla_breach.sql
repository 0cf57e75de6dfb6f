-- Case register numbers: one counter row per office and year, locked by the UPDATE that takes a
-- number, so numbers are gap-free and a rolled-back step gives its number back.
create table case_register_sequence (
  tenant_id      varchar(64) not null,
  register_year  integer     not null,
  last_number    integer     not null,
  primary key (tenant_id, register_year)
);

create table case_register (
  register_number        varchar(64)  not null,
  tenant_id              varchar(64)  not null,
  register_year          integer      not null,
  sequence_number        integer      not null,
  process_definition_key varchar(255) not null,
  process_instance_id    varchar(64)  not null,
  issued_at              timestamp    not null,
  constraint pk_case_register primary key (tenant_id, register_number),
  constraint uq_case_register_sequence unique (tenant_id, register_year, sequence_number),
  constraint uq_case_register_instance unique (process_instance_id)
);

-- A step (or the whole service) that passed its mutu baku. breach_key is the late task's id, or
-- the process instance id plus ':layanan' for the whole-service standard, so a breach is stored once.
create table sla_breach (
  breach_key             varchar(128) not null primary key,
  tenant_id              varchar(64),
  process_definition_key varchar(255) not null,
  process_instance_id    varchar(64)  not null,
  business_key           varchar(255),
  step_id                varchar(255) not null,
  step_name              varchar(255),
  late_task_id           varchar(64),
  assignee               varchar(255),
  standard_duration      varchar(32)  not null,
  due_at                 timestamp,
  breached_at            timestamp    not null,
  escalation_task_id     varchar(64)  not null,
  supervisor_groups      varchar(255)
);

create index ix_sla_breach_instance on sla_breach (process_instance_id);
