//! The shipped anatomy file: complete, consistent, and turned into sound meshes of adult size.

use cramp_core::anatomy::{AnatomyAtlas, BodySystem, Compartment, REQUIRED_IDS};
use cramp_core::geometry::{TriangleMesh, sweep_mesh};

const FILE: &str = "assets/anatomy/leg.anatomy.ron";

fn atlas() -> AnatomyAtlas {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../assets/anatomy/leg.anatomy.ron"
    ))
    .expect("the anatomy file ships with the app");
    match AnatomyAtlas::from_ron(FILE, &bytes) {
        Ok(atlas) => atlas,
        Err(problems) => panic!(
            "{FILE} is invalid:\n{}",
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

fn mesh_of(atlas: &AnatomyAtlas, id: &str) -> TriangleMesh {
    let structure = atlas
        .structure(id)
        .unwrap_or_else(|| panic!("{id} missing"));
    let mut mesh = TriangleMesh::default();
    for sweep in &structure.shape {
        mesh.append(&sweep_mesh(sweep));
    }
    mesh
}

#[test]
fn every_contract_structure_is_present_once() {
    let atlas = atlas();
    for id in REQUIRED_IDS {
        assert_eq!(
            atlas.structures.iter().filter(|s| s.id == *id).count(),
            1,
            "{id}"
        );
    }
}

#[test]
fn every_muscle_has_the_facts_a_student_needs_and_the_right_compartment() {
    let atlas = atlas();
    let compartment = |id: &str| atlas.structure(id).and_then(|s| s.compartment);
    assert_eq!(
        compartment("soleus"),
        Some(Compartment::SuperficialPosterior)
    );
    assert_eq!(
        compartment("gastrocnemius_medial"),
        Some(Compartment::SuperficialPosterior)
    );
    assert_eq!(
        compartment("tibialis_posterior"),
        Some(Compartment::DeepPosterior)
    );
    assert_eq!(
        compartment("tibialis_anterior"),
        Some(Compartment::Anterior)
    );
    assert_eq!(compartment("fibularis_brevis"), Some(Compartment::Lateral));
    for muscle in atlas
        .structures
        .iter()
        .filter(|s| s.system == BodySystem::Muscle)
    {
        let facts = muscle.muscle.as_ref().expect("validated");
        assert!(
            facts.innervation.contains("nerve"),
            "{}: {}",
            muscle.id,
            facts.innervation
        );
        assert!(!muscle.sources.is_empty(), "{} cites no source", muscle.id);
    }
    // The triceps surae is supplied by the tibial nerve, S1-S2.
    for id in ["gastrocnemius_medial", "gastrocnemius_lateral", "soleus"] {
        let facts = atlas
            .structure(id)
            .and_then(|s| s.muscle.as_ref())
            .expect("muscle");
        assert!(
            facts.innervation.starts_with("Tibial nerve (S1, S2)"),
            "{id}"
        );
        assert!(facts.insertion.contains("Achilles"), "{id}");
    }
}

#[test]
fn searching_achilles_finds_the_calcaneal_tendon_by_synonym() {
    let atlas = atlas();
    let tendon = atlas.structure("calcaneal_tendon").expect("present");
    assert!(
        tendon
            .synonyms
            .iter()
            .any(|s| s.eq_ignore_ascii_case("achilles"))
    );
}

#[test]
fn meshes_are_finite_closed_outward_and_without_degenerate_triangles() {
    let atlas = atlas();
    for structure in &atlas.structures {
        for (index, sweep) in structure.shape.iter().enumerate() {
            let mesh = sweep_mesh(sweep);
            let name = format!("{} shape {index}", structure.id);
            assert!(
                mesh.positions.iter().flatten().all(|v| v.is_finite()),
                "{name}: NaN"
            );
            for n in &mesh.normals {
                let len = (n[0] * n[0] + n[1] * n[1] + n[2] * n[2]).sqrt();
                assert!((len - 1.0).abs() < 1e-3, "{name}: normal length {len}");
            }
            assert!(
                mesh.min_triangle_area() > 1e-12,
                "{name}: degenerate triangle"
            );
            assert!(mesh.signed_volume() > 0.0, "{name}: inside out");
        }
    }
}

#[test]
fn proportions_are_those_of_an_adult_leg() {
    let atlas = atlas();
    let (lo, hi) = mesh_of(&atlas, "tibia")
        .bounds()
        .expect("tibia has vertices");
    let tibia_length = hi[1] - lo[1];
    assert!(
        (0.36..=0.42).contains(&tibia_length),
        "tibia {tibia_length} m"
    );
    let (lo, hi) = mesh_of(&atlas, "skin").bounds().expect("skin");
    let foot_length = hi[2] - lo[2];
    assert!((0.22..=0.30).contains(&foot_length), "foot {foot_length} m");
    // The calf bulges behind the shin: gastrocnemius lies posterior to the tibia.
    let (_, gastroc_hi) = mesh_of(&atlas, "gastrocnemius_medial")
        .bounds()
        .expect("gastrocnemius");
    let (tibia_lo, _) = mesh_of(&atlas, "tibia").bounds().expect("tibia");
    assert!(gastroc_hi[2] < tibia_lo[2] + 0.03);
    // Right leg, +X medial: the fibula is lateral (negative X) to the tibia.
    let centre_x = |id| {
        let (lo, hi) = mesh_of(&atlas, id).bounds().expect("mesh");
        (lo[0] + hi[0]) / 2.0
    };
    assert!(centre_x("fibula") < centre_x("tibia") - 0.02);
}

#[test]
fn achilles_tendon_is_centimetres_wide_and_ends_on_the_heel_bone() {
    let atlas = atlas();
    let tendon = &atlas.structure("calcaneal_tendon").expect("present").shape[0];
    let insertion = tendon.path.last().copied().expect("path");
    let (lo, hi) = mesh_of(&atlas, "calcaneus").bounds().expect("calcaneus");
    let margin = 0.006;
    for axis in 0..3 {
        assert!(
            insertion[axis] >= lo[axis] - margin && insertion[axis] <= hi[axis] + margin,
            "insertion {insertion:?} outside calcaneus {lo:?}..{hi:?}"
        );
    }
    // Insertion on the back of the heel: behind the talus.
    let (talus_lo, _) = mesh_of(&atlas, "talus").bounds().expect("talus");
    assert!(insertion[2] < talus_lo[2]);
    let widest = tendon
        .sections
        .iter()
        .map(|s| s.1 * 2.0)
        .fold(0.0, f32::max);
    let at_heel = tendon.sections.last().map(|s| s.1 * 2.0).unwrap_or(0.0);
    assert!(
        widest >= 0.03 && at_heel >= 0.02,
        "widest {widest}, at heel {at_heel}"
    );
}

#[test]
fn whole_leg_stays_within_the_triangle_budget() {
    let atlas = atlas();
    let triangles: usize = atlas
        .structures
        .iter()
        .map(|s| mesh_of(&atlas, &s.id).triangle_count())
        .sum();
    assert!(triangles <= 300_000, "{triangles} triangles");
    assert!(
        triangles >= 20_000,
        "{triangles} triangles is too coarse for smooth shading"
    );
}

#[test]
fn validation_reports_every_problem_with_the_file_name() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../assets/anatomy/leg.anatomy.ron"
    ))
    .expect("file");
    // Duplicate an id and drop a muscle's nerve: both must be reported.
    let broken = text
        .replacen("id: \"plantaris\"", "id: \"soleus\"", 1)
        .replacen(
            "innervation: \"Tibial nerve (L4 to S1).\"",
            "innervation: \"\"",
            1,
        );
    let problems = AnatomyAtlas::from_ron("broken.ron", broken.as_bytes()).expect_err("invalid");
    let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("\"soleus\" is used twice")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("\"popliteus\" has an empty `innervation`")),
        "{messages:?}"
    );
    assert!(messages.iter().all(|m| m.starts_with("broken.ron")));
}

#[test]
fn search_forgives_case_typos_and_finds_synonyms() {
    use cramp_core::search::search;
    let atlas = atlas();
    let first = |q: &str| search(&atlas, q).first().map(|s| s.id.clone());
    assert_eq!(first("achilles").as_deref(), Some("calcaneal_tendon"));
    assert_eq!(first("Achiles").as_deref(), Some("calcaneal_tendon"));
    assert_eq!(first("SOLEUS").as_deref(), Some("soleus"));
    assert_eq!(first("shin bone").as_deref(), Some("tibia"));
    assert_eq!(
        first("peroneus longus").as_deref(),
        Some("fibularis_longus")
    );
    assert_eq!(first("tibial nerve").as_deref(), Some("tibial_nerve"));
    let calf: Vec<String> = search(&atlas, "calf muscle")
        .iter()
        .map(|s| s.id.clone())
        .collect();
    assert!(
        calf.contains(&"gastrocnemius_medial".to_owned()) && calf.contains(&"soleus".to_owned())
    );
    assert!(search(&atlas, "").is_empty());
    assert!(search(&atlas, "xylophone").is_empty());
}
