import { GoalCard } from './goal-card.js';

GoalCard.define('goal-card');

export { GoalCard };
