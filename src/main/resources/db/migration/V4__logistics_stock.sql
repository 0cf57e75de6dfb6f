-- The disaster-logistics warehouse of each office (SOP D, Tanah Laut): what kinds of goods it keeps
-- (jenis and satuan), how much of each batch (masa berlaku) is there, and every movement that changed
-- it. A batch can never hold less than nothing: the CHECK constraint refuses it even if a caller
-- forgets its own check, and distributions lock the batches they take from (SELECT ... FOR UPDATE).
create table stock_item (
  item_id      varchar(36)  not null,
  tenant_id    varchar(64)  not null,
  item_key     varchar(200) not null,
  jenis        varchar(200) not null,
  satuan       varchar(50)  not null,
  constraint pk_stock_item primary key (item_id),
  -- item_key = jenis and satuan lower-cased, so "Beras | kg" and "beras | KG" are one item
  constraint uq_stock_item unique (tenant_id, item_key)
);

create table stock_batch (
  batch_id     varchar(36)  not null,
  tenant_id    varchar(64)  not null,
  item_id      varchar(36)  not null,
  -- the expiry date as yyyy-mm-dd, or TANPA for goods without one (tents, blankets)
  batch_key    varchar(10)  not null,
  masa_berlaku date,
  quantity     bigint       not null,
  constraint pk_stock_batch primary key (batch_id),
  constraint fk_stock_batch_item foreign key (item_id) references stock_item (item_id),
  constraint uq_stock_batch unique (item_id, batch_key),
  constraint ck_stock_batch_not_negative check (quantity >= 0)
);

-- The ledger: every change of a batch, signed, with the batch's quantity after it.
-- movement_type OPNAME (count corrected), RECEIPT (source BULOG or DINSOS_PROVINSI), DISTRIBUTION.
create table stock_movement (
  movement_id         varchar(36)  not null,
  tenant_id           varchar(64)  not null,
  batch_id            varchar(36)  not null,
  movement_type       varchar(16)  not null,
  source              varchar(32),
  quantity_change     bigint       not null,
  quantity_after      bigint       not null,
  process_instance_id varchar(64),
  business_key        varchar(255),
  document_number     varchar(128),
  recorded_by         varchar(255) not null,
  recorded_at         timestamp    not null,
  constraint pk_stock_movement primary key (movement_id),
  constraint fk_stock_movement_batch foreign key (batch_id) references stock_batch (batch_id),
  constraint ck_stock_movement_type check (movement_type in ('OPNAME', 'RECEIPT', 'DISTRIBUTION')),
  constraint ck_stock_movement_source check (
    (movement_type = 'RECEIPT' and source in ('BULOG', 'DINSOS_PROVINSI'))
    or (movement_type <> 'RECEIPT' and source is null)),
  constraint ck_stock_movement_after check (quantity_after >= 0)
);

create index ix_stock_batch_tenant on stock_batch (tenant_id);
create index ix_stock_movement_batch on stock_movement (batch_id);
create index ix_stock_movement_instance on stock_movement (process_instance_id);
