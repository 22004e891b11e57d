-- Each scheduled digest of a group, claimed in the transaction that puts it into the outbox: sent once per group and
-- week even when the application restarts in the middle of sending.

create table digest_delivery (
    chat_id       bigint  not null,
    scheduled_for date    not null,
    claimed_at    timestamp with time zone not null,
    primary key (chat_id, scheduled_for)
);
