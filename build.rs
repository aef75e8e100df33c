// Templates are compiled into the binary so a deployed `stemme` needs no files beside it.
fn main() {
    minijinja_embed::embed_templates!("templates");
}
