-- Incidents by place and date (the common list filter): one index that
-- answers place, place + dates and their counts without reading the table.
DROP INDEX incidents_place;
CREATE INDEX incidents_place_days ON incidents (place_id, first_day, last_day);
