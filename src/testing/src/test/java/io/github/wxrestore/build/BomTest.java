package io.github.wxrestore.build;

import io.github.wxrestore.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BOM has no parent (so importing it brings nothing of our build's own dependency management), which means
 * nothing keeps it in step by itself: it must name every published module, at the project's version.
 */
class BomTest {

    private static final Path ROOT = ProjectFiles.root();

    private static Element pom(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        return document.getDocumentElement();
    }

    // a direct child's text, or null
    private static String child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }

    private static Element element(Element parent, String name) {
        NodeList list = parent.getElementsByTagName(name);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    @Test
    void theBomManagesEveryPublishedModuleAtTheProjectVersion() throws Exception {
        Element root = pom(ROOT.resolve("pom.xml"));
        String version = child(root, "version");
        Element bom = pom(ROOT.resolve("src/bom/pom.xml"));

        assertThat(child(bom, "version")).as("the BOM's version").isEqualTo(version);
        assertThat(child(bom, "parent")).as("the BOM has no parent").isNull();

        Map<String, String> published = new TreeMap<>();
        Element modules = element(root, "modules");
        NodeList names = modules.getElementsByTagName("module");
        for (int i = 0; i < names.getLength(); i++) {
            Path dir = ROOT.resolve(names.item(i).getTextContent().strip());
            Element module = pom(dir.resolve("pom.xml"));
            Element properties = element(module, "properties");
            boolean unpublished = properties != null && "true".equals(child(properties, "wx.unpublished"));
            boolean ours = element(module, "parent") != null
                    && "webex-recordings-restore-parent".equals(child(element(module, "parent"), "artifactId"));
            if (ours && !unpublished && !"pom".equals(child(module, "packaging"))) {
                published.put(child(module, "artifactId"), version);
            }
        }

        Map<String, String> managed = new TreeMap<>();
        NodeList dependencies = element(bom, "dependencyManagement").getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            assertThat(child(d, "groupId")).isEqualTo("io.github.wxrestore");
            managed.put(child(d, "artifactId"), child(d, "version").replace("${project.version}", version));
        }

        assertThat(published).as("published modules").hasSizeGreaterThanOrEqualTo(5);
        assertThat(managed).isEqualTo(published);
    }

    @Test
    void theExampleApplicationUsesTheProjectVersion() throws Exception {
        String version = child(pom(ROOT.resolve("pom.xml")), "version");
        Element example = pom(ROOT.resolve("examples/sandbox-consumer/pom.xml"));

        assertThat(child(element(example, "properties"), "webex-recordings-restore.version")).isEqualTo(version);
    }

    @Test
    void everyPublishedPomSaysWhatMavenCentralAsksFor() throws Exception {
        Element root = pom(ROOT.resolve("pom.xml"));
        List<String> missing = new ArrayList<>();
        for (String name : List.of("name", "description", "url", "licenses", "developers", "scm")) {
            if (child(root, name) == null) {
                missing.add("pom.xml: " + name);
            }
            if (child(pom(ROOT.resolve("src/bom/pom.xml")), name) == null) {
                missing.add("src/bom/pom.xml: " + name);
            }
        }
        assertThat(missing).isEmpty();
        assertThat(Files.readString(ROOT.resolve("LICENSE"))).contains("Apache License", "Version 2.0");
        assertThat(element(element(root, "licenses"), "name").getTextContent()).isEqualTo("Apache-2.0");
    }
}
