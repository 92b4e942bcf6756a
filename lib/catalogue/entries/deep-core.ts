import type { CatalogueMeta } from '../types';

export const deepCoreEntries: CatalogueMeta[] = [
  {
    id: 'drawing-in-out-breath',
    family: 'deep-core',
    regions: ['low-back-pelvis'],
    kind: 'activation',
    position: 'seated',
    callSafe: true,
    durationSeconds: 90,
    dosage: {
      holdSeconds: 10,
      reps: 5,
    },
    source: 'Diepe rompspieren',
    illustration: 'drawing-in-out-breath',
  },
  {
    id: 'belly-breathing',
    family: 'deep-core',
    regions: ['low-back-pelvis', 'neck-shoulders'],
    kind: 'activation',
    position: 'seated',
    callSafe: true,
    durationSeconds: 120,
    dosage: {
      minutes: 2,
    },
    source: 'Diepe rompspieren',
    illustration: 'belly-breathing',
  },
  {
    id: 'seated-marching',
    family: 'deep-core',
    regions: ['low-back-pelvis'],
    kind: 'stability',
    position: 'seated',
    callSafe: true,
    durationSeconds: 60,
    dosage: {
      reps: 10,
      perSide: true,
    },
    source: 'Diepe rompspieren',
    illustration: 'seated-marching',
  },
  {
    id: 'seated-pelvic-tilt',
    family: 'deep-core',
    regions: ['low-back-pelvis'],
    kind: 'mobility',
    position: 'seated',
    callSafe: true,
    durationSeconds: 60,
    dosage: {
      reps: 10,
    },
    source: 'Lage rug en bekken',
    illustration: 'seated-pelvic-tilt',
  },
];
