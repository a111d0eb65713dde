/** Survey comment templates by survey kind and sentiment. None starts with = + - @. */
import type { SurveyKind } from "../domain/types";
import type { Rng } from "./random";

type Sentiment = "positive" | "neutral" | "negative";

const COMMENTS: Record<SurveyKind, Record<Sentiment, readonly string[]>> = {
  nps: {
    positive: [
      "The renewal dashboard saves our team hours every week.",
      "Our CSM is fantastic, always a step ahead of us.",
      "Rolled it out to three more teams this quarter, everyone loves it.",
      "Best onboarding experience we've had with any vendor.",
      "Reporting finally gives leadership numbers they trust.",
      "Integrations just work. Would recommend to any ops team.",
      "Support answers fast and actually fixes things.",
    ],
    neutral: [
      "Solid product, but the mobile app lags behind the web version.",
      "Does what we need. Pricing for extra seats feels steep.",
      "Good overall; exports could be more flexible.",
      "We use about half the features, would like more training.",
      "Works well once set up, the setup took longer than planned.",
      "Fine for now, we'll revisit at renewal.",
    ],
    negative: [
      "Too many bugs since the last release.",
      "We struggled to get the team to adopt it.",
      "Support takes days to reply to anything non-urgent.",
      "Missing the Salesforce sync we were promised in the sales cycle.",
      "Hard to justify the cost with our current usage.",
      "Performance is slow with our data volume.",
      "We lost our champion internally and nobody owns the tool now.",
    ],
  },
  csat: {
    positive: [
      "Quick and clear answer, thanks!",
      "Solved on the first call.",
      "Great help from the support team.",
      "Appreciated the follow-up after the fix.",
      "Very patient walkthrough of the settings.",
    ],
    neutral: [
      "Resolved, but it took a couple of back-and-forths.",
      "OK answer, the docs could cover this.",
      "Fixed eventually.",
      "Workaround is fine for now.",
    ],
    negative: [
      "Had to explain the issue three times.",
      "Took far too long for an urgent problem.",
      "The workaround doesn't really solve it.",
      "Ticket was closed without a real fix.",
    ],
  },
  ces: {
    positive: [
      "Setup was straightforward.",
      "Easy, the guide covered everything.",
      "Took five minutes.",
      "Import wizard made it painless.",
    ],
    neutral: ["Needed a call with our CSM, but then it was fine.", "A bit fiddly with SSO, otherwise OK.", "Had to read the docs twice."],
    negative: [
      "Way too many steps to configure permissions.",
      "Needed engineering help just to connect our data.",
      "The field mapping was confusing and error-prone.",
      "Spent a whole afternoon on something that should be simple.",
    ],
  },
};

function sentimentOf(survey: SurveyKind, score: number): Sentiment {
  if (survey === "nps") return score >= 9 ? "positive" : score >= 7 ? "neutral" : "negative";
  if (survey === "csat") return score >= 4 ? "positive" : score === 3 ? "neutral" : "negative";
  return score <= 2 ? "positive" : score <= 4 ? "neutral" : "negative";
}

/** A comment for about 45% of responses (more for unhappy ones), else ''. */
export function commentFor(r: Rng, survey: SurveyKind, score: number): string {
  const sentiment = sentimentOf(survey, score);
  if (!r.chance(sentiment === "negative" ? 0.6 : 0.4)) return "";
  return r.pick(COMMENTS[survey][sentiment]);
}
