-- Coordinators' Telegram groups bound to a territory: where (and in a forum, which topic) its digests go, and when.

create table coordinator_group (
    chat_id      bigint       primary key,
    territory_id varchar(64)  not null references territory (id),
    thread_id    integer,
    bound_by     bigint       not null references person (id),
    bound_at     timestamp with time zone not null,
    digest_day   varchar(16)  not null,
    digest_time  varchar(5)   not null
);

create index coordinator_group_territory on coordinator_group (territory_id);
