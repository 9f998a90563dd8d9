-- Failures older than a day are swept at each new failure (see
-- AddFailure), through this index.
CREATE INDEX login_throttles_last_failure ON login_throttles (last_failure);
