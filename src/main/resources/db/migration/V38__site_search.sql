-- The site search (issue 18, /search): PostgreSQL full-text indexes, one per text searched. Each expression is the
-- one its search source (PeopleSearch, MeetingSearch, DeclarationSearch) matches against, word for word, so that the
-- planner can use the index.
create index person_search_idx on person using gin (
    to_tsvector('simple', coalesce(given_name, '') || ' ' || coalesce(family_name, '') || ' '
        || coalesce(translate(email, '.@', '  '), '') || ' ' || coalesce(affiliations, '')));

create index meeting_search_idx on meeting using gin (
    to_tsvector('english', coalesce(place, '') || ' ' || coalesce(agenda_update, '')));

create index agenda_item_search_idx on agenda_item using gin (
    to_tsvector('english', title || ' ' || coalesce(presenter, '') || ' ' || coalesce(minutes, '')));

create index decision_search_idx on decision using gin (
    to_tsvector('english', outcome));

create index paper_search_idx on paper using gin (
    to_tsvector('simple', translate(filename, '._-', '   ')));

create index declaration_search_idx on declaration using gin (
    to_tsvector('english', description || ' ' || coalesce(relationship, '') || ' ' || coalesce(actions, '')));
