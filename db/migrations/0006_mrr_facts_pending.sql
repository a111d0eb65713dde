CREATE TABLE `mrr_facts_pending` (
	`customer_id` text PRIMARY KEY NOT NULL
);
