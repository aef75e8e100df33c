// Templates are compiled into the binary so a deployed `stemme` needs no files beside it.
fn main() {
    // Cargo scans a directory named here whole, so a template added in a subfolder
    // rebuilds the binary too.
    println!("cargo:rerun-if-changed=templates");
    println!("cargo:rerun-if-changed=build.rs");
    minijinja_embed::embed_templates!("templates");
}
