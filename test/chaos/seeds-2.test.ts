// CI's share of the chaos suite: seeds 101..200 (npm run chaos -- --seeds 5000 runs many more).
import { seedBatch } from './batch';

seedBatch(101, 100);
