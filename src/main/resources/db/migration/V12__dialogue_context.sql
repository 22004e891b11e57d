-- The last question of each person in each chat, so that a follow-up ("а осенью?", "а в Кизлярском?") is read with
-- it, after a restart too. chat_key: "tg:<chat>:<user>", "console:<session>", "batch:<run>:<dialogue>".
create table dialogue_context (
    chat_key           varchar(200)  primary key,
    question           varchar(4000) not null,
    about_territory_id varchar(64),
    asked_at           timestamp with time zone not null
);
