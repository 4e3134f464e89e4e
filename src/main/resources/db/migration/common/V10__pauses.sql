-- A reader can pause their issues until a date (from the preference centre); nothing is made for them
-- before then, and nothing is caught up afterwards.
CREATE TABLE pauses (
    subscriber_id BIGINT      PRIMARY KEY REFERENCES subscribers (id),
    until_date    VARCHAR(10) NOT NULL
);
