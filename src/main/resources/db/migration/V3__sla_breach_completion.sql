-- A late step (or the whole service) that is finished after all: when it started and ended, its real
-- duration and how late it was, both in the office's working minutes. Empty while it is still open.
alter table sla_breach add column started_at timestamp;
alter table sla_breach add column completed_at timestamp;
alter table sla_breach add column duration_working_minutes bigint;
alter table sla_breach add column late_working_minutes bigint;
