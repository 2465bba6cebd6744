package org.imageapis.client.generator;

import java.nio.file.Path;
import java.util.Map;
import org.openapitools.codegen.CliOption;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.CodegenConfigLoader;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

/**
 * One run of openapi-generator over one bundle, set up step by step as its Maven plugin (7.x {@code CodeGenMojo}) sets
 * up an execution, so that what a pom execution generated is generated here unchanged, for every bundle found rather
 * than for each bundle a pom lists. Never writes supporting files, tests or docs, nor the {@code .openapi-generator/}
 * metadata (several bundles share one output directory).
 *
 * @param generatorName openapi-generator's generator, such as {@code java}
 * @param library its library, or null for the default
 * @param generateApis whether to write the API classes besides the models
 * @param configOptions the generator's options, as the plugin's {@code configOptions}
 */
record OpenApiGenerator(String generatorName, String library, boolean generateApis, Map<String, String> configOptions) {

    /** Writes the classes of {@code spec} under {@code output}; a null package keeps the generator's default. */
    void generate(Path spec, Path output, String apiPackage, String modelPackage, String invokerPackage) {
        GlobalSettings.reset();
        if (generateApis) {
            GlobalSettings.setProperty(CodegenConstants.APIS, "");
        }
        GlobalSettings.setProperty(CodegenConstants.MODELS, "");
        for (String off : new String[] {
            CodegenConstants.MODEL_TESTS,
            CodegenConstants.MODEL_DOCS,
            CodegenConstants.API_TESTS,
            CodegenConstants.API_DOCS,
            CodegenConstants.GENERATE_RECURSIVE_DEPENDENT_MODELS
        }) {
            GlobalSettings.setProperty(off, "false");
        }
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setVerbose(false)
                .setInputSpec(spec.toString())
                .setGeneratorName(generatorName)
                .setOutputDir(output.toAbsolutePath().toString());
        if (apiPackage != null) {
            configurator.setApiPackage(apiPackage);
        }
        if (modelPackage != null) {
            configurator.setModelPackage(modelPackage);
        }
        if (invokerPackage != null) {
            configurator.setInvokerPackage(invokerPackage);
        }
        if (library != null) {
            configurator.setLibrary(library);
        }
        // As the plugin: only the generator's own options are taken, and "true"/"false" as booleans, which the
        // templates need (a string "false" is truthy in Mustache).
        CodegenConfigLoader.forName(generatorName).cliOptions().stream()
                .map(CliOption::getOpt)
                .filter(configOptions::containsKey)
                .forEach(option -> configurator.addAdditionalProperty(option, typed(configOptions.get(option))));
        ClientOptInput input = configurator.toClientOptInput();
        DefaultGenerator generator = new DefaultGenerator(false);
        generator.opts(input);
        generator.setGenerateMetadata(false);
        generator.generate();
    }

    private static Object typed(String value) {
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? Boolean.valueOf(value) : value;
    }
}
