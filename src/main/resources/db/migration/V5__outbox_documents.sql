-- Files the bot sends (an XLSX export) wait in the outbox like messages: the caption is the text, the file is here.
-- bytea because it is the one binary type both databases take: PostgreSQL's own, and H2 2.x (in its default mode,
-- as application.yml runs it) reads it as binary varying of up to 1,000,000,000 bytes, far over the 50 MB Telegram
-- takes from a bot. PostgreSQL knows neither blob nor varbinary.
alter table outbox_message add column file_name varchar(255);
alter table outbox_message add column file_content bytea;
