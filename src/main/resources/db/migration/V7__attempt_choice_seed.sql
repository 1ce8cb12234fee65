-- Each attempt shows an MCQ's choices in its own order (assessment.ChoiceOrder), derived from this per-attempt
-- random seed and the item id, so the order is stable across reloads and can be shown again on the review page.
-- Attempts made before this column (null) keep the file order.
alter table attempt add column choice_seed bigint;
