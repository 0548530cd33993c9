//! The anatomy data schema: what each structure of the lower leg is, what it does, and the
//! landmarks its shape is generated from. Loaded from `assets/anatomy/*.ron`.
//!
//! Coordinates are metres in a right-handed frame with its origin at the centre of the right knee
//! joint, the leg straight and the foot at 90 degrees to the shin:
//! +X medial (towards the body's midline), +Y up, +Z anterior (front).

use serde::Deserialize;

use crate::data_error::{DataError, parse_validated};
use crate::fitted::{FittedAtlas, FittedPiece};
pub use crate::geometry::SweepShape;
use crate::geometry::{TriangleMesh, sweep_mesh};
use crate::quality::MeshDetail;

/// A whole anatomy file.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AnatomyAtlas {
    /// References that the facts in this file come from.
    pub sources: Vec<Source>,
    pub structures: Vec<Structure>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub citation: String,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Structure {
    /// Stable id used by links, flags and URLs, e.g. `gastrocnemius_medial`.
    pub id: String,
    /// Plain English name, e.g. "Calf muscle (inner head)".
    pub name: String,
    /// Anatomical (Latin) name.
    pub latin: String,
    /// Other names people search for ("achilles" for the calcaneal tendon).
    #[serde(default)]
    pub synonyms: Vec<String>,
    pub system: BodySystem,
    #[serde(default)]
    pub compartment: Option<Compartment>,
    /// The bone the structure moves with when the joints move.
    pub segment: Segment,
    pub description: String,
    /// Present for muscles: the facts a student needs.
    #[serde(default)]
    pub muscle: Option<MuscleFacts>,
    /// Ids from [`AnatomyAtlas::sources`].
    #[serde(default)]
    pub sources: Vec<String>,
    /// Swept tubes drawn from atlas landmarks, for what the measured reference lacks (the
    /// nerves). Structures fitted to the reference take their shape from the shapes file.
    #[serde(default)]
    pub shape: Vec<SweepShape>,
    /// Pieces fitted to the measured reference (`leg.shapes.ron`), attached after loading.
    #[serde(skip)]
    pub fitted: Vec<FittedPiece>,
}

impl Structure {
    /// Whether two structures are drawn the same (same id, system, segment and shape): a new
    /// language changes the words, not this.
    pub fn same_geometry(&self, other: &Structure) -> bool {
        self.id == other.id
            && self.system == other.system
            && self.segment == other.segment
            && self.shape == other.shape
            && self.fitted == other.fitted
    }

    /// The structure's surface in the rest pose: its fitted pieces and its swept tubes.
    pub fn mesh(&self) -> TriangleMesh {
        self.mesh_at(MeshDetail::Full)
    }

    /// The rest-pose surface at a detail (fitted pieces; swept tubes are always whole).
    pub fn mesh_at(&self, detail: MeshDetail) -> TriangleMesh {
        let mut mesh = TriangleMesh::default();
        for piece in &self.fitted {
            mesh.append(&piece.mesh_at(detail));
        }
        for sweep in &self.shape {
            mesh.append(&sweep_mesh(sweep));
        }
        mesh
    }

    /// The centre line the structure is built along (its first piece's axis), metres.
    pub fn centre_line(&self) -> Vec<[f32; 3]> {
        match (self.fitted.first(), self.shape.first()) {
            (Some(piece), _) => piece.axis(),
            (None, Some(sweep)) => sweep.path.clone(),
            (None, None) => Vec::new(),
        }
    }
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BodySystem {
    Skin,
    Muscle,
    Tendon,
    Bone,
    Nerve,
    Artery,
    Vein,
}

impl BodySystem {
    pub const ALL: [BodySystem; 7] = [
        BodySystem::Muscle,
        BodySystem::Tendon,
        BodySystem::Bone,
        BodySystem::Nerve,
        BodySystem::Artery,
        BodySystem::Vein,
        BodySystem::Skin,
    ];

    /// The interface message naming the system (`system-muscle`: "Muscles"); `kind-…` names
    /// one structure of it ("Muscle").
    pub fn key(self) -> String {
        format!("system-{}", crate::view_state::system_name(self))
    }
}

/// The fascial compartments of the leg (below the knee).
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, Hash)]
pub enum Compartment {
    SuperficialPosterior,
    DeepPosterior,
    Anterior,
    Lateral,
}

impl Compartment {
    /// Back to front: the calf first.
    pub const ALL: [Compartment; 4] = [
        Compartment::SuperficialPosterior,
        Compartment::DeepPosterior,
        Compartment::Anterior,
        Compartment::Lateral,
    ];

    /// The interface message naming the compartment.
    pub fn key(self) -> &'static str {
        match self {
            Compartment::SuperficialPosterior => "compartment-superficial-posterior",
            Compartment::DeepPosterior => "compartment-deep-posterior",
            Compartment::Anterior => "compartment-anterior",
            Compartment::Lateral => "compartment-lateral",
        }
    }
}

/// Rigid body segments that move with the knee and ankle.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, Hash)]
pub enum Segment {
    Thigh,
    Shank,
    Foot,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MuscleFacts {
    pub origin: String,
    pub insertion: String,
    pub action: String,
    /// Nerve and spinal roots, e.g. "Tibial nerve (S1, S2)".
    pub innervation: String,
    pub blood_supply: String,
    /// What this muscle has to do with cramps, in a sentence or two.
    pub cramp_role: String,
}

/// The structure ids other features, flags, links and URLs rely on: every anatomy file must
/// provide them.
pub const REQUIRED_IDS: &[&str] = &[
    "femur",
    "patella",
    "tibia",
    "fibula",
    "talus",
    "calcaneus",
    "navicular",
    "cuboid",
    "cuneiforms",
    "metatarsals",
    "phalanges",
    "gastrocnemius_medial",
    "gastrocnemius_lateral",
    "soleus",
    "plantaris",
    "popliteus",
    "tibialis_posterior",
    "flexor_digitorum_longus",
    "flexor_hallucis_longus",
    "tibialis_anterior",
    "extensor_digitorum_longus",
    "extensor_hallucis_longus",
    "fibularis_longus",
    "fibularis_brevis",
    "calcaneal_tendon",
    "tibial_nerve",
    "common_fibular_nerve",
    "popliteal_artery",
    "posterior_tibial_artery",
    "anterior_tibial_artery",
    "great_saphenous_vein",
    "small_saphenous_vein",
    // The deep veins: a deep vein thrombosis's "Show me" lights them, not the surface veins.
    "popliteal_vein",
    "posterior_tibial_vein",
    "fibular_vein",
    "anterior_tibial_vein",
    "skin",
];

impl AnatomyAtlas {
    /// One surface of the bones that move with a segment, for measuring where muscles attach.
    /// The patella counts with the thigh as well: the quadriceps hold it to the femur.
    pub fn bone_surface(&self, segment: Segment) -> crate::ply::PlyMesh {
        let mut all = crate::ply::PlyMesh::default();
        for s in self.structures.iter().filter(|s| {
            s.system == BodySystem::Bone
                && (s.segment == segment || (segment == Segment::Thigh && s.id == "patella"))
        }) {
            all.append(&crate::ply::PlyMesh::from(&s.mesh()));
        }
        all
    }

    /// Parses and validates one anatomy file; every problem found is reported.
    pub fn from_ron(file: &str, bytes: &[u8]) -> Result<Self, Vec<DataError>> {
        parse_validated(file, bytes, |atlas: &Self| atlas.validate(file))
    }

    pub fn structure(&self, id: &str) -> Option<&Structure> {
        self.structures.iter().find(|s| s.id == id)
    }

    /// Checks what the type system cannot: unique ids, known references, complete muscle
    /// facts, usable shapes.
    pub fn validate(&self, file: &str) -> Vec<DataError> {
        let mut problems = Vec::new();
        let mut problem = |message: String| problems.push(DataError::new(file, message));
        let mut seen = std::collections::HashSet::new();
        for structure in &self.structures {
            let id = &structure.id;
            if id.is_empty()
                || !id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            {
                problem(format!(
                    "structure id {id:?} must be lower_snake_case ASCII"
                ));
            }
            if !seen.insert(id.as_str()) {
                problem(format!(
                    "structure id {id:?} is used twice; ids must be unique"
                ));
            }
            for source in &structure.sources {
                if !self.sources.iter().any(|s| &s.id == source) {
                    problem(format!(
                        "structure {id:?} cites source {source:?}, which is not in `sources`"
                    ));
                }
            }
            match (&structure.system, &structure.muscle) {
                (BodySystem::Muscle, None) => problem(format!(
                    "muscle {id:?} has no `muscle` facts; expected origin, insertion, action, innervation, blood_supply and cramp_role"
                )),
                (BodySystem::Muscle, Some(facts)) => {
                    for (field, text) in [
                        ("origin", &facts.origin),
                        ("insertion", &facts.insertion),
                        ("action", &facts.action),
                        ("innervation", &facts.innervation),
                        ("blood_supply", &facts.blood_supply),
                        ("cramp_role", &facts.cramp_role),
                    ] {
                        if text.trim().is_empty() {
                            problem(format!("muscle {id:?} has an empty `{field}`"));
                        }
                    }
                    if structure.compartment.is_none() {
                        problem(format!("muscle {id:?} has no `compartment`"));
                    }
                }
                _ => {}
            }
            for (index, sweep) in structure.shape.iter().enumerate() {
                if let Err(message) = sweep.check() {
                    problem(format!("structure {id:?}, shape {index}: {message}"));
                }
            }
        }
        for required in REQUIRED_IDS {
            if self.structure(required).is_none() {
                problem(format!("the required structure {required:?} is missing"));
            }
        }
        problems
    }
}

impl AnatomyAtlas {
    /// Gives each structure its fitted pieces from the shapes file. Every fitted id must be a
    /// structure, and every structure must end up with a shape (fitted or swept).
    pub fn attach_shapes(&mut self, shapes: &FittedAtlas, file: &str) -> Vec<DataError> {
        let mut problems = Vec::new();
        for (id, pieces) in &shapes.structures {
            match self.structures.iter_mut().find(|s| &s.id == id) {
                Some(structure) => structure.fitted = pieces.clone(),
                None => problems.push(DataError::new(
                    file,
                    format!("shapes for {id:?}, which is not a structure of the anatomy"),
                )),
            }
        }
        for structure in &self.structures {
            if structure.fitted.is_empty() && structure.shape.is_empty() {
                problems.push(DataError::new(
                    file,
                    format!(
                        "structure {:?} has no shape: neither fitted pieces nor a `shape` sweep",
                        structure.id
                    ),
                ));
            }
        }
        problems
    }
}
