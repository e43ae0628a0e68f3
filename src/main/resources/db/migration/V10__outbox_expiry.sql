-- A reminder that is no longer true (the round it announces has closed, the declaration it asks for
-- was due long ago) is not sent when email is set up later: it expires.
alter table outbox_message add column expires_at timestamptz;
alter table outbox_message drop constraint outbox_message_status_check;
alter table outbox_message add constraint outbox_message_status_check
    check (status in ('WAITING', 'SENT', 'FAILED', 'EXPIRED'));
