// CI's share of the chaos suite: seeds 201..300 (npm run chaos -- --seeds 5000 runs many more).
import { seedBatch } from './batch';

seedBatch(201, 100);
