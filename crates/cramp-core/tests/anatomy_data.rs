//! The shipped anatomy files: complete, consistent, and turned into sound meshes of adult size.

mod common;

use cramp_core::anatomy::{AnatomyAtlas, BodySystem, Compartment, REQUIRED_IDS};
use cramp_core::fitted::FittedAtlas;
use cramp_core::geometry::TriangleMesh;
use cramp_core::quality::MeshDetail;

const FILE: &str = "assets/anatomy/leg.anatomy.ron";

fn report(file: &str, problems: &[cramp_core::data_error::DataError]) -> String {
    format!(
        "{file} is invalid:\n{}",
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    )
}

/// The anatomy with its fitted shapes attached, as the app loads it.
fn atlas() -> AnatomyAtlas {
    let read = |name: &str| {
        std::fs::read(common::repo_path(&format!("assets/anatomy/{name}")))
            .expect("the anatomy files ship with the app")
    };
    let mut atlas = AnatomyAtlas::from_ron(FILE, &read("leg.anatomy.ron"))
        .unwrap_or_else(|problems| panic!("{}", report(FILE, &problems)));
    let shapes = FittedAtlas::from_ron("leg.shapes.ron", &read("leg.shapes.ron"))
        .unwrap_or_else(|problems| panic!("{}", report("leg.shapes.ron", &problems)));
    let problems = atlas.attach_shapes(&shapes, "leg.shapes.ron");
    assert!(
        problems.is_empty(),
        "{}",
        report("leg.shapes.ron", &problems)
    );
    atlas
}

fn mesh_of(atlas: &AnatomyAtlas, id: &str) -> TriangleMesh {
    atlas
        .structure(id)
        .unwrap_or_else(|| panic!("{id} missing"))
        .mesh()
}

/// A data file that lost a structure the app promises (or named one twice) is refused with a
/// message naming it.
#[test]
fn a_missing_or_doubled_contract_structure_is_reported() {
    let mut atlas = atlas();
    assert!(REQUIRED_IDS.contains(&"soleus"));
    atlas.structures.retain(|s| s.id != "soleus");
    let problems: Vec<String> = atlas
        .validate(FILE)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with(FILE)
                && p.contains("the required structure \"soleus\" is missing")),
        "{problems:?}"
    );
    let mut doubled = self::atlas();
    let tibia = doubled.structure("tibia").cloned().expect("tibia");
    doubled.structures.push(tibia);
    assert!(
        !doubled.validate(FILE).is_empty(),
        "a doubled id is refused"
    );
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

/// "Heel cord" is only a synonym of the Achilles tendon: search finds it through the synonym.
#[test]
fn searching_a_synonym_finds_the_structure() {
    let atlas = atlas();
    let first = |query: &str| {
        cramp_core::search::search(&atlas, query)
            .first()
            .map(|s| s.id.clone())
    };
    let tendon = atlas.structure("calcaneal_tendon").expect("present");
    assert!(!tendon.name.to_lowercase().contains("heel cord"));
    assert_eq!(first("heel cord").as_deref(), Some("calcaneal_tendon"));
}

#[test]
fn meshes_are_finite_closed_outward_and_without_degenerate_triangles() {
    let atlas = atlas();
    for (structure, detail) in atlas
        .structures
        .iter()
        .flat_map(|s| [(s, MeshDetail::Full), (s, MeshDetail::Reduced)])
    {
        let pieces = structure
            .fitted
            .iter()
            .map(|piece| piece.mesh_at(detail))
            .chain(structure.shape.iter().map(cramp_core::geometry::sweep_mesh));
        for (index, mesh) in pieces.enumerate() {
            let name = format!("{} piece {index} ({detail:?} detail)", structure.id);
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
    // The reference tibia: 0.380 m from the eminence to the malleolus tip (manifest).
    assert!(
        (0.37..=0.39).contains(&tibia_length),
        "tibia {tibia_length} m"
    );
    let (lo, hi) = mesh_of(&atlas, "skin").bounds().expect("skin");
    let foot_length = hi[2] - lo[2];
    assert!((0.22..=0.30).contains(&foot_length), "foot {foot_length} m");
    // The calf bulges behind the shin: at mid-calf, the gastrocnemius heads lie centimetres
    // behind the tibia (their front edges wrap round its sides).
    let mean_z_at_mid_calf = |id: &str| {
        let points: Vec<f32> = mesh_of(&atlas, id)
            .positions
            .into_iter()
            .filter(|p| (-0.14..=-0.10).contains(&p[1]))
            .map(|p| p[2])
            .collect();
        points.iter().sum::<f32>() / points.len().max(1) as f32
    };
    let tibia = mean_z_at_mid_calf("tibia");
    for head in ["gastrocnemius_medial", "gastrocnemius_lateral"] {
        let z = mean_z_at_mid_calf(head);
        assert!(z < tibia - 0.03, "{head} at z = {z}, the tibia at {tibia}");
    }
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
    let tendon = mesh_of(&atlas, "calcaneal_tendon");
    let (lo, hi) = tendon.bounds().expect("tendon");
    // Its lowest point lies on the back of the heel bone, behind the talus.
    let lowest = tendon
        .positions
        .iter()
        .copied()
        .min_by(|a, b| a[1].total_cmp(&b[1]))
        .expect("vertices");
    let (calc_lo, calc_hi) = mesh_of(&atlas, "calcaneus").bounds().expect("calcaneus");
    let margin = 0.006;
    for axis in 0..3 {
        assert!(
            lowest[axis] >= calc_lo[axis] - margin && lowest[axis] <= calc_hi[axis] + margin,
            "lowest point {lowest:?} outside calcaneus {calc_lo:?}..{calc_hi:?}"
        );
    }
    let (talus_lo, _) = mesh_of(&atlas, "talus").bounds().expect("talus");
    assert!(lowest[2] < talus_lo[2]);
    // Centimetres wide where it is widest.
    let width = hi[0] - lo[0];
    assert!(width >= 0.02, "widest {width} m");
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
    // A software renderer transforms vertices on one CPU thread: its leg has at most a third.
    let reduced: usize = atlas
        .structures
        .iter()
        .map(|s| s.mesh_at(MeshDetail::Reduced).triangle_count())
        .sum();
    assert!(
        reduced * 3 <= triangles,
        "reduced detail: {reduced} of {triangles} triangles"
    );
}

#[test]
fn validation_reports_every_problem_with_the_file_name() {
    let text =
        std::fs::read_to_string(common::repo_path("assets/anatomy/leg.anatomy.ron")).expect("file");
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

/// The nerves are drawn from the atlases (the measured leg has none): they must run inside the
/// skin and never through a bone.
#[test]
fn nerves_run_inside_the_leg_and_outside_the_bones() {
    use cramp_core::fidelity::InsideIndex;
    use cramp_core::ply::PlyMesh;
    let atlas = atlas();
    let skin = InsideIndex::new(&PlyMesh::from(&mesh_of(&atlas, "skin")));
    let bones: Vec<(String, InsideIndex)> = atlas
        .structures
        .iter()
        .filter(|s| s.system == BodySystem::Bone && s.id != "interosseous_membrane")
        .map(|s| (s.id.clone(), InsideIndex::new(&PlyMesh::from(&s.mesh()))))
        .collect();
    for nerve in atlas
        .structures
        .iter()
        .filter(|s| s.system == BodySystem::Nerve)
    {
        let line = nerve.centre_line();
        // Points every few millimetres along the drawn centre line.
        for pair in line.windows(2) {
            for step in 0..10 {
                let f = step as f32 / 10.0;
                let p = [0, 1, 2].map(|k| f64::from(pair[0][k] + (pair[1][k] - pair[0][k]) * f));
                assert!(skin.contains(p), "{} leaves the leg at {p:?}", nerve.id);
                for (bone, inside) in &bones {
                    assert!(
                        !inside.contains(p),
                        "{} runs through the {bone} at {p:?}",
                        nerve.id
                    );
                }
            }
        }
    }
}

/// Every origin and insertion of the muscle model sits on a bone of its segment (≤ 5 mm from
/// the fitted bone surface), after scaling gait2392 to the measured leg.
#[test]
fn muscle_attachments_sit_on_their_bones() {
    use cramp_core::anatomy::Segment;
    use cramp_core::biomech::MusculoskeletalModel;
    use cramp_core::fidelity::SurfaceIndex;
    let atlas = atlas();
    let model = MusculoskeletalModel::from_ron(
        "leg.muscles.ron",
        &std::fs::read(common::repo_path("assets/anatomy/leg.muscles.ron")).expect("muscle file"),
    )
    .expect("valid");
    let bones_of = |segment: Segment| SurfaceIndex::new(&atlas.bone_surface(segment));
    let bones = [Segment::Thigh, Segment::Shank, Segment::Foot].map(bones_of);
    for muscle in &model.muscles {
        let last = muscle.path.len() - 1;
        for (index, point) in [(0, &muscle.path[0]), (last, &muscle.path[last])] {
            let bone = &bones[match point.body {
                Segment::Thigh => 0,
                Segment::Shank => 1,
                Segment::Foot => 2,
            }];
            let d = bone.distance(point.position) * 1000.0;
            assert!(
                d <= 5.0,
                "{} {}: {d:.1} mm from the nearest {:?} bone",
                muscle.id,
                if index == 0 { "origin" } else { "insertion" },
                point.body
            );
        }
    }
}
