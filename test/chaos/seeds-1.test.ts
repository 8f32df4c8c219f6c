// CI's share of the chaos suite: seeds 1..100 (npm run chaos -- --seeds 5000 runs many more).
import { seedBatch } from './batch';

seedBatch(1, 100);
