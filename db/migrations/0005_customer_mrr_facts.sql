CREATE TABLE `customer_mrr_facts` (
	`customer_id` text NOT NULL,
	`month` text NOT NULL,
	`mrr_units` integer NOT NULL,
	`movement` text,
	`active` integer NOT NULL,
	PRIMARY KEY(`customer_id`, `month`)
);
