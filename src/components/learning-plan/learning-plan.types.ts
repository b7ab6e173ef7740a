/** One thing the candidate wants to learn. */
export interface LearningGoal {
  /** Stable id, made by the element. */
  id: string;
  /** What to learn, in the candidate's words. */
  skill: string;
  /** A link to a course, video or article (`http:`, `https:`, `mailto:` or relative). */
  resource?: string;
  /** The day they aim to finish, as a local `YYYY-MM-DD` date. */
  targetDate?: string;
  /** Whether the goal is done. */
  done: boolean;
}

/** A resource the host suggests for a skill. */
export interface LearningSuggestion {
  /** The skill it helps with; matched against what the candidate types, ignoring case. */
  skill: string;
  /** The resource's title, shown on the suggestion button. */
  title: string;
  /** The resource's address; only `http:`, `https:`, `mailto:` or relative URLs are offered. */
  url: string;
}

/** Detail of `onward-plan-change`: counts only, never the goals' text. */
export interface PlanChangeDetail {
  /** Number of goals in the plan. */
  goals: number;
  /** Number of goals marked done. */
  completed: number;
}
