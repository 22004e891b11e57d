-- Territories and their roadmaps. Written for H2 (embedded default) and PostgreSQL alike.

create table territory (
    id        varchar(64)  primary key,
    name      varchar(200) not null,
    kind      varchar(20)  not null,
    parent_id varchar(64)  references territory (id),
    time_zone varchar(64)  not null
);

create sequence roadmap_seq start with 1 increment by 50;
create sequence roadmap_section_seq start with 1 increment by 50;
create sequence roadmap_item_seq start with 1 increment by 50;

create table roadmap (
    id           bigint        primary key,
    territory_id varchar(64)   not null references territory (id),
    level        varchar(20)   not null,
    roadmap_year integer       not null,
    title        varchar(2000) not null,
    source_file  varchar(500)  not null,
    content_hash varchar(64)   not null,
    imported_at  timestamp with time zone not null,
    constraint uq_roadmap_territory_year unique (territory_id, roadmap_year)
);

create table roadmap_section (
    id         bigint        primary key,
    roadmap_id bigint        not null references roadmap (id) on delete cascade,
    position   integer       not null,
    number     varchar(32)   not null,
    title      varchar(2000) not null
);

create table roadmap_item (
    id             bigint         primary key,
    roadmap_id     bigint         not null references roadmap (id) on delete cascade,
    section_id     bigint         not null references roadmap_section (id) on delete cascade,
    position       integer        not null,
    number         varchar(32)    not null,
    action         varchar(10000) not null,
    responsible    varchar(10000) not null,
    indicator      varchar(10000) not null,
    deadline_text  varchar(10000) not null,
    deadline_kind  varchar(20)    not null,
    deadline_start date,
    deadline_end   date
);

create index ix_roadmap_item_roadmap on roadmap_item (roadmap_id);
create index ix_roadmap_item_section on roadmap_item (section_id);

create table roadmap_item_window (
    item_id    bigint  not null references roadmap_item (id) on delete cascade,
    position   integer not null,
    start_date date,
    end_date   date,
    primary key (item_id, position)
);

create table roadmap_item_extra (
    item_id  bigint         not null references roadmap_item (id) on delete cascade,
    position integer        not null,
    name     varchar(500)   not null,
    content  varchar(10000) not null,
    primary key (item_id, position)
);
