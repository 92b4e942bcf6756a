import type { CatalogueMeta } from '../types';

export const neckEntries: CatalogueMeta[] = [
  {
    id: 'chin-retraction',
    family: 'neck',
    regions: ['neck-shoulders'],
    kind: 'activation',
    position: 'seated',
    callSafe: true,
    durationSeconds: 45,
    dosage: {
      reps: 10,
    },
    source: 'Nek en schoudergebied',
    illustration: 'chin-retraction',
  },
  {
    id: 'posture-reset',
    family: 'neck',
    regions: ['neck-shoulders', 'low-back-pelvis'],
    kind: 'activation',
    position: 'seated',
    callSafe: true,
    durationSeconds: 45,
    dosage: {
      holdSeconds: 10,
      reps: 3,
    },
    source: 'Nek en schoudergebied',
    illustration: 'posture-reset',
  },
  {
    id: 'shoulder-rolls',
    family: 'neck',
    regions: ['neck-shoulders', 'shoulder'],
    kind: 'mobility',
    position: 'seated',
    callSafe: false,
    durationSeconds: 45,
    dosage: {
      reps: 10,
    },
    source: 'Nek en schoudergebied',
    illustration: 'shoulder-rolls',
  },
  {
    id: 'neck-side-stretch',
    family: 'neck',
    regions: ['neck-shoulders'],
    kind: 'mobility',
    position: 'seated',
    callSafe: false,
    durationSeconds: 100,
    dosage: {
      holdSeconds: 20,
      sets: 2,
      perSide: true,
    },
    source: 'Nek en schoudergebied',
    illustration: 'neck-side-stretch',
  },
];
