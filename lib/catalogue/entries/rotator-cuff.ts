import type { CatalogueMeta } from '../types';

export const rotatorCuffEntries: CatalogueMeta[] = [
  {
    id: 'isometric-external-rotation',
    family: 'rotator-cuff',
    regions: ['shoulder'],
    kind: 'stability',
    position: 'standing',
    callSafe: false,
    durationSeconds: 120,
    dosage: {
      holdSeconds: 5,
      reps: 8,
      perSide: true,
    },
    source: 'Rotator cuff controle',
    illustration: 'isometric-external-rotation',
  },
  {
    id: 'shoulder-blade-setting',
    family: 'rotator-cuff',
    regions: ['shoulder', 'neck-shoulders'],
    kind: 'activation',
    position: 'seated',
    callSafe: true,
    durationSeconds: 75,
    dosage: {
      holdSeconds: 5,
      reps: 10,
    },
    source: 'Rotator cuff controle',
    illustration: 'shoulder-blade-setting',
  },
  {
    id: 'seated-external-rotation',
    family: 'rotator-cuff',
    regions: ['shoulder'],
    kind: 'stability',
    position: 'seated',
    callSafe: false,
    durationSeconds: 60,
    dosage: {
      reps: 10,
      sets: 2,
    },
    source: 'Rotator cuff controle',
    illustration: 'seated-external-rotation',
  },
];
