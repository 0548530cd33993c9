//! Which reference meshes our structures are fitted to and compared with.

/// The reference meshes our shapes are fitted to: `(reference id, our structure, our structure
/// that takes the reference's distal tendon, if we show it apart)`. A reference muscle with a
/// long tendon becomes a belly and a tendon of ours; grouped structures (cuneiforms,
/// metatarsals, phalanges) take several reference meshes.
pub const REFERENCE_PARTS: &[(&str, &str, Option<&str>)] = &[
    ("femur", "femur", None),
    ("patella", "patella", None),
    ("tibia", "tibia", None),
    ("fibula", "fibula", None),
    ("talus", "talus", None),
    ("calcaneus", "calcaneus", None),
    ("navicular", "navicular", None),
    ("cuboid", "cuboid", None),
    ("cuneiform_medial", "cuneiforms", None),
    ("cuneiform_intermediate", "cuneiforms", None),
    ("cuneiform_lateral", "cuneiforms", None),
    ("metatarsal_1", "metatarsals", None),
    ("metatarsal_2", "metatarsals", None),
    ("metatarsal_3", "metatarsals", None),
    ("metatarsal_4", "metatarsals", None),
    ("metatarsal_5", "metatarsals", None),
    ("phalanx_proximal_1", "phalanges", None),
    ("phalanx_proximal_2", "phalanges", None),
    ("phalanx_proximal_3", "phalanges", None),
    ("phalanx_proximal_4", "phalanges", None),
    ("phalanx_proximal_5", "phalanges", None),
    ("phalanx_middle_2", "phalanges", None),
    ("phalanx_middle_3", "phalanges", None),
    ("phalanx_middle_4", "phalanges", None),
    ("phalanx_middle_5", "phalanges", None),
    ("phalanx_distal_1", "phalanges", None),
    ("phalanx_distal_2", "phalanges", None),
    ("phalanx_distal_3", "phalanges", None),
    ("phalanx_distal_4", "phalanges", None),
    ("phalanx_distal_5", "phalanges", None),
    ("gastrocnemius_medial", "gastrocnemius_medial", None),
    ("gastrocnemius_lateral", "gastrocnemius_lateral", None),
    ("soleus", "soleus", None),
    ("plantaris", "plantaris", None),
    ("popliteus", "popliteus", None),
    (
        "tibialis_posterior",
        "tibialis_posterior",
        Some("flexor_tendons"),
    ),
    (
        "flexor_digitorum_longus",
        "flexor_digitorum_longus",
        Some("flexor_tendons"),
    ),
    (
        "flexor_hallucis_longus",
        "flexor_hallucis_longus",
        Some("flexor_tendons"),
    ),
    (
        "tibialis_anterior",
        "tibialis_anterior",
        Some("tibialis_anterior_tendon"),
    ),
    (
        "extensor_digitorum_longus",
        "extensor_digitorum_longus",
        Some("extensor_digitorum_longus_tendon"),
    ),
    (
        "extensor_hallucis_longus",
        "extensor_hallucis_longus",
        Some("extensor_hallucis_longus_tendon"),
    ),
    ("fibularis_tertius", "fibularis_tertius", None),
    (
        "fibularis_longus",
        "fibularis_longus",
        Some("fibularis_tendons"),
    ),
    (
        "fibularis_brevis",
        "fibularis_brevis",
        Some("fibularis_tendons"),
    ),
    ("interosseous_membrane", "interosseous_membrane", None),
    ("calcaneal_tendon", "calcaneal_tendon", None),
    ("artery_popliteal", "popliteal_artery", None),
    ("artery_posterior_tibial", "posterior_tibial_artery", None),
    ("artery_anterior_tibial", "anterior_tibial_artery", None),
    ("artery_dorsalis_pedis", "anterior_tibial_artery", None),
    ("vein_great_saphenous", "great_saphenous_vein", None),
    ("vein_small_saphenous", "small_saphenous_vein", None),
    ("vein_popliteal", "popliteal_vein", None),
    ("vein_posterior_tibial", "posterior_tibial_vein", None),
    ("vein_anterior_tibial", "anterior_tibial_vein", None),
    ("vein_anterior_tibial_knee", "anterior_tibial_vein", None),
    ("vein_fibular", "fibular_vein", None),
    ("vein_fibular_2", "fibular_vein", None),
    ("skin_leg", "skin", None),
];

/// Our structures compared together with the reference meshes they share: a muscle with its
/// tendon, the three deep flexors with their common tendon structure, and so on.
pub fn comparison_groups() -> Vec<(Vec<&'static str>, Vec<&'static str>)> {
    let mut groups: Vec<(Vec<&'static str>, Vec<&'static str>)> = Vec::new();
    for &(reference, ours, tendon) in REFERENCE_PARTS {
        let names: Vec<&'static str> = std::iter::once(ours).chain(tendon).collect();
        let joined: Vec<usize> = (0..groups.len())
            .filter(|&g| names.iter().any(|n| groups[g].0.contains(n)))
            .collect();
        let mut group = (names, vec![reference]);
        for &g in joined.iter().rev() {
            let (o, r) = groups.remove(g);
            group.0.extend(o);
            group.1.extend(r);
        }
        group.0.sort_unstable();
        group.0.dedup();
        groups.push(group);
    }
    groups
}
