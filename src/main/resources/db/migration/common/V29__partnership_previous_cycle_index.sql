-- The next cycle of a partnership is found by its previous cycle (Partnerships.startNextCycle
-- and the follow-up page); index it, leading with the institution like every index.
create index ix_partnership_previous_cycle on partnership (institution_id, previous_cycle_id);
