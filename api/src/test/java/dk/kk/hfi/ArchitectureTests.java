package dk.kk.hfi;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Package dependencies point one way: features → {@code access} → {@code domain} (and
 * {@code audit}, the stored log) → {@code common}. A newcomer can read each package
 * knowing only those below it.
 */
@AnalyzeClasses(packages = "dk.kk.hfi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule topLevelPackagesAreFreeOfCycles = slices().matching("dk.kk.hfi.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule domainPackagesAreFreeOfCycles = slices().matching("dk.kk.hfi.domain.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule domainDependsOnlyOnCommon = noClasses().that()
		.resideInAPackage("dk.kk.hfi.domain..")
		.should()
		.dependOnClassesThat(ours().and(not(resideInAnyPackage("dk.kk.hfi.domain..", "dk.kk.hfi.common.."))));

	@ArchTest
	static final ArchRule accessDependsOnNoFeature = noClasses().that()
		.resideInAPackage("dk.kk.hfi.access..")
		.should()
		.dependOnClassesThat(ours().and(not(resideInAnyPackage("dk.kk.hfi.access..", "dk.kk.hfi.audit..",
				"dk.kk.hfi.domain..", "dk.kk.hfi.common.."))));

	@ArchTest
	static final ArchRule commonDependsOnNothingOfOurs = noClasses().that()
		.resideInAPackage("dk.kk.hfi.common..")
		.should()
		.dependOnClassesThat(ours().and(not(resideInAPackage("dk.kk.hfi.common.."))));

	private static DescribedPredicate<JavaClass> ours() {
		return resideInAPackage("dk.kk.hfi..");
	}

}
