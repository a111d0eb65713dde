import * as authLogin from "@/app/api/auth/login/route";
import * as authLogout from "@/app/api/auth/logout/route";
import * as customer from "@/app/api/customers/[id]/route";
import * as customerReview from "@/app/api/customers/[id]/review/route";
import * as customers from "@/app/api/customers/route";
import * as dashboardCs from "@/app/api/dashboards/cs/route";
import * as dashboardExecutive from "@/app/api/dashboards/executive/route";
import * as healthBacktest from "@/app/api/health-score/backtest/route";
import * as health from "@/app/api/health/route";
import * as importOne from "@/app/api/imports/[id]/route";
import * as importMappings from "@/app/api/imports/mappings/route";
import * as imports from "@/app/api/imports/route";
import * as importTemplate from "@/app/api/imports/template/[kind]/route";
import * as metrics from "@/app/api/metrics/route";
import * as settingsHealth from "@/app/api/settings/health/route";
import * as token from "@/app/api/tokens/[id]/route";
import * as tokens from "@/app/api/tokens/route";
import * as user from "@/app/api/users/[id]/route";
import * as users from "@/app/api/users/route";
import type { ApiRouteModule } from "./openapi";

/** Every route file under app/api but openapi.json itself; add a new route here (openapi.test.ts checks none is missing). */
export const API_ROUTES: ApiRouteModule[] = [
  { path: "/api/auth/login", handlers: authLogin },
  { path: "/api/auth/logout", handlers: authLogout },
  { path: "/api/customers", handlers: customers },
  { path: "/api/customers/{id}", handlers: customer },
  { path: "/api/customers/{id}/review", handlers: customerReview },
  { path: "/api/dashboards/cs", handlers: dashboardCs },
  { path: "/api/dashboards/executive", handlers: dashboardExecutive },
  { path: "/api/health", handlers: health },
  { path: "/api/health-score/backtest", handlers: healthBacktest },
  { path: "/api/imports", handlers: imports },
  { path: "/api/imports/{id}", handlers: importOne },
  { path: "/api/imports/mappings", handlers: importMappings },
  { path: "/api/imports/template/{kind}", handlers: importTemplate },
  { path: "/api/metrics", handlers: metrics },
  { path: "/api/settings/health", handlers: settingsHealth },
  { path: "/api/tokens", handlers: tokens },
  { path: "/api/tokens/{id}", handlers: token },
  { path: "/api/users", handlers: users },
  { path: "/api/users/{id}", handlers: user },
];
