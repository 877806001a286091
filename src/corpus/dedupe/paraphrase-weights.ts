// Written by `npm run bench -- paraphrase --train` (logistic regression on the MRPC training pairs minus its dev part;
// features: dice, containment, bigramDice, charJaccard, lengthRatio, numbersDiffer, namesDiffer, orderLcs, uncoveredMax, uncoveredMin, numbersAgree, wordTrigramDice, ngram1Min, ngram1Max, ngram2Min, ngram2Max, ngram3Min, ngram4Min).
export const PARAPHRASE_WEIGHTS = {"bias":-2.116,"weights":[-0.432,-0.434,-2.638,5.53,0.554,-0.305,0.25,1.085,-2.038,-1.679,0.436,-1.852,4.384,-0.057,2.69,-2.644,0.42,-0.644]};
