import { sql } from "drizzle-orm";
import { blob, index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

/*
 * One table per CSV kind of ../shared/DATA.md. Instants are epoch milliseconds (UTC),
 * dates `YYYY-MM-DD`, months `YYYY-MM`. `import_id` is the import that last wrote the row,
 * so an import can be undone (see import_row_versions).
 */

export const imports = sqliteTable("imports", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  kind: text("kind").notNull(),
  fileName: text("file_name").notNull(),
  userEmail: text("user_email"),
  createdAt: integer("created_at").notNull(),
  rowsRead: integer("rows_read").notNull(),
  inserted: integer("inserted").notNull(),
  updated: integer("updated").notNull(),
  unchanged: integer("unchanged").notNull(),
  warnings: text("warnings", { mode: "json" })
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'`),
  undoneAt: integer("undone_at"),
});

/** The version of a row that an import replaced; no row here for a key the import inserted. */
export const importRowVersions = sqliteTable(
  "import_row_versions",
  {
    importId: integer("import_id")
      .notNull()
      .references(() => imports.id, { onDelete: "cascade" }),
    rowKey: text("row_key").notNull(),
    previous: text("previous", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.rowKey] })],
);

export const customers = sqliteTable(
  "customers",
  {
    customerId: text("customer_id").primaryKey(),
    name: text("name").notNull(),
    /** Blank in the CSV is stored as ''; shown as Unassigned. */
    segment: text("segment").notNull().default(""),
    plan: text("plan"),
    csm: text("csm"),
    acquisitionChannel: text("acquisition_channel"),
    signupDate: text("signup_date").notNull(),
    importId: integer("import_id"),
  },
  (t) => [index("customers_segment_idx").on(t.segment), index("customers_csm_idx").on(t.csm), index("customers_plan_idx").on(t.plan)],
);

export const subscriptions = sqliteTable(
  "subscriptions",
  {
    subscriptionId: text("subscription_id").primaryKey(),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.customerId),
    plan: text("plan"),
    amount: real("amount").notNull(),
    billingPeriod: text("billing_period").notNull(),
    startDate: text("start_date").notNull(),
    endDate: text("end_date"),
    importId: integer("import_id"),
  },
  (t) => [index("subscriptions_customer_idx").on(t.customerId), index("subscriptions_import_idx").on(t.importId)],
);

/**
 * Derived from subscriptions in the transaction that changes them (db/imports/mrr-facts.ts): per customer,
 * the months where one of its subscriptions starts or ends, with its MRR from that month on
 * (mrr_units: 1/10000 of a major unit of ARR) and that month's movement. A month not listed has the
 * MRR of the latest listed month before it (0 before the first) and no movement.
 */
export const customerMrrFacts = sqliteTable(
  "customer_mrr_facts",
  {
    customerId: text("customer_id").notNull(),
    month: text("month").notNull(),
    mrrUnits: integer("mrr_units").notNull(),
    /** new, expansion, contraction, churn or reactivation (METRICS.md); null when starts and ends cancel out. */
    movement: text("movement"),
    /** 1 when mrr_units > 0. */
    active: integer("active").notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.month] })],
);

/**
 * Customers whose subscriptions changed since their customer_mrr_facts were last computed: the import
 * or undo lists them in its own transaction, and the import worker recomputes their facts just after
 * answering (or the next start, after a crash). While any is listed, readers build MRR from subscriptions.
 */
export const mrrFactsPending = sqliteTable("mrr_facts_pending", {
  customerId: text("customer_id").primaryKey(),
});

export const lifecycleEvents = sqliteTable(
  "lifecycle_events",
  {
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.customerId),
    stage: text("stage").notNull(),
    enteredAt: integer("entered_at").notNull(),
    importId: integer("import_id"),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.stage, t.enteredAt] }),
    index("lifecycle_entered_idx").on(t.enteredAt),
    index("lifecycle_import_idx").on(t.importId),
  ],
);

export const costs = sqliteTable(
  "costs",
  {
    month: text("month").notNull(),
    category: text("category").notNull(),
    /** '' = company-wide (blank in the CSV). */
    segment: text("segment").notNull().default(""),
    amount: real("amount").notNull(),
    importId: integer("import_id"),
  },
  (t) => [primaryKey({ columns: [t.month, t.category, t.segment] }), index("costs_import_idx").on(t.importId)],
);

/**
 * The characters JavaScript's String.prototype.trim removes (WhiteSpace and LineTerminator), for SQLite's
 * trim(X, Y): a comment SQL keeps is one `comment.trim() !== ""` keeps (trim(X) alone drops only spaces).
 */
export const JS_TRIM_CHARS_SQL =
  "char(9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279)";
/** A survey response with a verbatim comment (not blank): the condition of surveys_commented_idx, written the same in queries. */
export const COMMENTED_SQL = `comment IS NOT NULL AND trim(comment, ${JS_TRIM_CHARS_SQL}) <> ''`;

export const surveyResponses = sqliteTable(
  "survey_responses",
  {
    responseId: text("response_id").primaryKey(),
    customerId: text("customer_id").references(() => customers.customerId),
    survey: text("survey").notNull(),
    score: integer("score").notNull(),
    respondedAt: integer("responded_at").notNull(),
    comment: text("comment"),
    importId: integer("import_id"),
  },
  (t) => [
    index("surveys_customer_idx").on(t.customerId, t.respondedAt),
    index("surveys_responded_idx").on(t.respondedAt),
    index("surveys_import_idx").on(t.importId),
    // The verbatim comments, newest first: counted, paged and searched from the index alone.
    index("surveys_commented_idx").on(t.respondedAt, t.responseId, t.customerId, t.comment).where(sql.raw(COMMENTED_SQL)),
  ],
);

export const tickets = sqliteTable(
  "tickets",
  {
    ticketId: text("ticket_id").primaryKey(),
    customerId: text("customer_id").references(() => customers.customerId),
    createdAt: integer("created_at").notNull(),
    firstResponseAt: integer("first_response_at"),
    resolvedAt: integer("resolved_at"),
    resolvedOnFirstContact: integer("resolved_on_first_contact", { mode: "boolean" }),
    priority: text("priority"),
    channel: text("channel"),
    importId: integer("import_id"),
  },
  (t) => [
    index("tickets_customer_idx").on(t.customerId, t.createdAt),
    index("tickets_created_idx").on(t.createdAt),
    index("tickets_import_idx").on(t.importId),
  ],
);

export const usage = sqliteTable(
  "usage",
  {
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.customerId),
    month: text("month").notNull(),
    activeUsers: integer("active_users").notNull(),
    licensedSeats: integer("licensed_seats"),
    sessions: integer("sessions"),
    avgSessionMinutes: real("avg_session_minutes"),
    featuresUsed: integer("features_used"),
    importId: integer("import_id"),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.month] }), index("usage_month_idx").on(t.month), index("usage_import_idx").on(t.importId)],
);

/** Plan figures per month (the `targets` kind); `metric` is a field name of the API's summary. */
export const targets = sqliteTable(
  "targets",
  {
    month: text("month").notNull(),
    metric: text("metric").notNull(),
    /** '' = company-wide (blank in the CSV). */
    segment: text("segment").notNull().default(""),
    value: real("value").notNull(),
    importId: integer("import_id"),
  },
  (t) => [primaryKey({ columns: [t.month, t.metric, t.segment] }), index("targets_import_idx").on(t.importId)],
);

/** Events shown beside the charts (the `annotations` kind). */
export const annotations = sqliteTable(
  "annotations",
  {
    date: text("date").notNull(),
    label: text("label").notNull(),
    /** '' = every segment (blank in the CSV). */
    segment: text("segment").notNull().default(""),
    importId: integer("import_id"),
  },
  (t) => [primaryKey({ columns: [t.date, t.label] }), index("annotations_import_idx").on(t.importId)],
);

/** The column mapping last used for a header (kind + signature of its normalised names), offered again by the import form. */
export const columnMappings = sqliteTable(
  "column_mappings",
  {
    kind: text("kind").notNull(),
    signature: text("signature").notNull(),
    /** The header as written in the file the mapping was used with. */
    header: text("header", { mode: "json" }).$type<string[]>().notNull(),
    mapping: text("mapping", { mode: "json" }).$type<Record<string, string>>().notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.signature] }), index("column_mappings_signature_idx").on(t.signature, t.updatedAt)],
);

/** Workspace settings (health weights, thresholds...), one JSON value per key. */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).notNull(),
  updatedAt: integer("updated_at").notNull(),
});

/** Bumped on every import and undo; caches of derived data key on it. */
export const dataVersion = sqliteTable("data_version", {
  id: integer("id").primaryKey(),
  version: integer("version").notNull(),
});

/** Bumped with data_version for each kind the import or undo wrote, so a rebuild rereads only those kinds. */
export const kindVersions = sqliteTable("kind_versions", {
  kind: text("kind").primaryKey(),
  version: integer("version").notNull(),
});

/**
 * The typed columns of an event kind (lifecycle, surveys, tickets, usage) as the server reads them,
 * written by the import worker after each write (db/queries/event-snapshots.ts): valid while
 * `kind_version` equals the kind's version in kind_versions. A rebuild reads the kind's column blobs
 * (event_snapshot_columns) instead of every row; each row's customer is a code into `customer_ids`
 * (a JSON array), so a snapshot outlives re-imports of the customers.
 */
export const eventColumnSnapshots = sqliteTable("event_column_snapshots", {
  kind: text("kind").primaryKey(),
  kindVersion: integer("kind_version").notNull(),
  rowCount: integer("row_count").notNull(),
  customerIds: text("customer_ids", { mode: "json" }).$type<string[]>().notNull(),
});

/** One typed column of a snapshot, its bytes as they are in memory: one blob per column keeps each write and read to one column's size. */
export const eventSnapshotColumns = sqliteTable(
  "event_snapshot_columns",
  {
    kind: text("kind").notNull(),
    name: text("name").notNull(),
    data: blob("data", { mode: "buffer" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.name] })],
);

/* Sign-in (better-auth's user, session, account and verification models) and API tokens. */

export const authUsers = sqliteTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: integer("email_verified", { mode: "boolean" }).notNull().default(false),
  image: text("image"),
  /** `admin` or `viewer` (lib/auth/roles.ts). */
  role: text("role").notNull().default("viewer"),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

export const authSessions = sqliteTable(
  "session",
  {
    id: text("id").primaryKey(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    token: text("token").notNull().unique(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => authUsers.id, { onDelete: "cascade" }),
  },
  (t) => [index("session_user_idx").on(t.userId)],
);

export const authAccounts = sqliteTable(
  "account",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => authUsers.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: integer("access_token_expires_at", { mode: "timestamp_ms" }),
    refreshTokenExpiresAt: integer("refresh_token_expires_at", { mode: "timestamp_ms" }),
    scope: text("scope"),
    password: text("password"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("account_user_idx").on(t.userId)],
);

export const authVerifications = sqliteTable("verification", {
  id: text("id").primaryKey(),
  identifier: text("identifier").notNull(),
  value: text("value").notNull(),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

/** Bearer tokens for scripts; only the SHA-256 of the token is stored. A token acts with its creator's role. */
export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    userId: text("user_id")
      .notNull()
      .references(() => authUsers.id, { onDelete: "cascade" }),
    createdAt: integer("created_at").notNull(),
    lastUsedAt: integer("last_used_at"),
  },
  (t) => [index("api_tokens_user_idx").on(t.userId)],
);

/** "Reviewed" marks a person put on a customer (the at-risk list shows the latest); kept as history, never edited. */
export const customerReviews = sqliteTable(
  "customer_reviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    customerId: text("customer_id").notNull(),
    // No foreign keys: the mark outlives an undone import or a removed user, with the name it had.
    reviewerId: text("reviewer_id").notNull(),
    reviewerName: text("reviewer_name").notNull(),
    reviewerEmail: text("reviewer_email").notNull(),
    reviewedAt: integer("reviewed_at").notNull(),
  },
  (t) => [index("customer_reviews_customer_idx").on(t.customerId, t.reviewedAt)],
);

export type CustomerRow = typeof customers.$inferSelect;
export type SubscriptionRow = typeof subscriptions.$inferSelect;
export type CustomerMrrFactRow = typeof customerMrrFacts.$inferSelect;
export type LifecycleEventRow = typeof lifecycleEvents.$inferSelect;
export type CostRow = typeof costs.$inferSelect;
export type SurveyResponseRow = typeof surveyResponses.$inferSelect;
export type TicketRow = typeof tickets.$inferSelect;
export type UsageRow = typeof usage.$inferSelect;
export type TargetRow = typeof targets.$inferSelect;
export type AnnotationRow = typeof annotations.$inferSelect;
export type ImportRow = typeof imports.$inferSelect;
export type AuthUserRow = typeof authUsers.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;
export type CustomerReviewRow = typeof customerReviews.$inferSelect;
