package dk.kk.hfi.demo;

/**
 * What the demo's parts need to know of a family beyond its document: whether it is of
 * the evaluation's population, whether it was drawn from the international names, and
 * whether the bridge builder joined it for leisure.
 */
record DemoFacts(boolean evaluated, boolean international, boolean leisure) {

}
