/**
 * Part D drugs a Medicare population fills every month, with a plausible 30-day cost, so the seed can
 * produce claims whose cost sharing looks like what members really pay.
 *
 * Costs are rounded list-price estimates in cents for a 30-day supply; they drive the synthetic data
 * only and are no pricing source. Tiers follow a common five-tier formulary.
 */

export interface CatalogDrug {
  readonly name: string;
  /** 1 preferred generic, 2 generic, 3 preferred brand, 4 non-preferred, 5 specialty. */
  readonly tier: 1 | 2 | 3 | 4 | 5;
  readonly monthlyCostCents: number;
  /** Insulin cost sharing is capped at $35 a month and skips the deductible (Inflation Reduction Act). */
  readonly isInsulin: boolean;
  /** How often members take it, relative to the others in the same tier. */
  readonly weight: number;
}

type Row = readonly [name: string, tier: CatalogDrug['tier'], dollars: number, weight: number, isInsulin?: boolean];

const ROWS: readonly Row[] = [
  ['atorvastatin 40 mg tablet', 1, 12, 10], ['lisinopril 20 mg tablet', 1, 8, 9], ['amlodipine 5 mg tablet', 1, 9, 9],
  ['metformin ER 500 mg tablet', 1, 10, 8], ['levothyroxine 75 mcg tablet', 1, 14, 8], ['losartan 50 mg tablet', 1, 11, 7],
  ['rosuvastatin 10 mg tablet', 1, 13, 6], ['simvastatin 20 mg tablet', 1, 8, 5], ['hydrochlorothiazide 25 mg tablet', 1, 6, 5],
  ['metoprolol succinate ER 50 mg tablet', 1, 15, 6], ['omeprazole DR 20 mg capsule', 1, 12, 6], ['tamsulosin 0.4 mg capsule', 1, 14, 5],
  ['sertraline 50 mg tablet', 1, 10, 4], ['carvedilol 12.5 mg tablet', 1, 10, 4], ['furosemide 40 mg tablet', 1, 6, 4],
  ['donepezil 10 mg tablet', 1, 15, 3], ['pravastatin 40 mg tablet', 1, 11, 3], ['glipizide 5 mg tablet', 1, 9, 3],
  ['gabapentin 300 mg capsule', 2, 18, 7], ['clopidogrel 75 mg tablet', 2, 16, 5], ['pantoprazole DR 40 mg tablet', 2, 20, 5],
  ['escitalopram 10 mg tablet', 2, 14, 4], ['montelukast 10 mg tablet', 2, 17, 3], ['allopurinol 100 mg tablet', 2, 12, 3],
  ['finasteride 5 mg tablet', 2, 15, 3], ['meloxicam 15 mg tablet', 2, 10, 3], ['trazodone 50 mg tablet', 2, 12, 3],
  ['duloxetine DR 60 mg capsule', 2, 30, 3], ['alendronate 70 mg tablet', 2, 18, 3], ['latanoprost 0.005% eye drops', 2, 25, 3],
  ['spironolactone 25 mg tablet', 2, 14, 2], ['warfarin 5 mg tablet', 2, 16, 2],
  ['Eliquis 5 mg tablet', 3, 615, 10], ['Xarelto 20 mg tablet', 3, 580, 5], ['Jardiance 10 mg tablet', 3, 640, 7],
  ['Farxiga 10 mg tablet', 3, 620, 5], ['Januvia 100 mg tablet', 3, 560, 4], ['Tradjenta 5 mg tablet', 3, 550, 3],
  ['Trelegy Ellipta 100-62.5-25 mcg inhaler', 3, 690, 5], ['Breo Ellipta 100-25 mcg inhaler', 3, 450, 3],
  ['Spiriva Respimat 2.5 mcg inhaler', 3, 560, 3], ['Entresto 49-51 mg tablet', 3, 690, 4], ['Myrbetriq 50 mg tablet', 3, 430, 3],
  ['Trulicity 1.5 mg/0.5 mL pen', 3, 1010, 4], ['Ozempic 1 mg/dose pen', 3, 1030, 5],
  ['Lantus SoloStar 100 units/mL pen', 3, 340, 4, true], ['Humalog KwikPen 100 units/mL', 3, 330, 3, true],
  ['Basaglar KwikPen 100 units/mL', 3, 290, 2, true],
  ['Restasis 0.05% eye emulsion', 4, 720, 3], ['Vascepa 1 g capsule', 4, 330, 3], ['Linzess 145 mcg capsule', 4, 560, 3],
  ['Symbicort 160-4.5 mcg inhaler', 4, 380, 3], ['Xiidra 5% eye drops', 4, 700, 2], ['Nurtec ODT 75 mg tablet', 4, 1000, 1],
  ['Imbruvica 420 mg tablet', 5, 15800, 2], ['Revlimid 10 mg capsule', 5, 19500, 1], ['Xtandi 40 mg capsule', 5, 13800, 2],
  ['Ibrance 125 mg capsule', 5, 14600, 1], ['Humira Pen 40 mg/0.4 mL', 5, 7000, 3], ['Enbrel SureClick 50 mg/mL', 5, 7100, 2],
  ['Otezla 30 mg tablet', 5, 4600, 2], ['Ofev 150 mg capsule', 5, 12000, 1], ['Jakafi 10 mg tablet', 5, 17000, 1],
];

/** The drugs claims are drawn from; a drug's id is its position in this list plus one. */
export const DRUG_CATALOG: readonly CatalogDrug[] = ROWS.map(([name, tier, dollars, weight, isInsulin]) => ({
  name, tier, weight, monthlyCostCents: dollars * 100, isInsulin: isInsulin === true,
}));
