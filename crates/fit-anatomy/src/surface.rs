//! The reference meshes in f64: connected pieces and distances over the surface.

use std::collections::{BinaryHeap, HashMap};

use cramp_core::glam::DVec3;
use cramp_core::ply::PlyMesh;

/// A reference mesh (or one connected piece of it) in f64.
#[derive(Clone)]
pub(crate) struct Surface {
    /// Vertex positions, metres.
    pub(crate) p: Vec<DVec3>,
    /// Triangles as indices into `p`.
    pub(crate) t: Vec<[usize; 3]>,
}

impl Surface {
    pub(crate) fn from_ply(mesh: &PlyMesh) -> Self {
        Surface {
            p: mesh
                .positions
                .iter()
                .map(|p| DVec3::from(p.map(f64::from)))
                .collect(),
            t: mesh
                .triangles
                .iter()
                .map(|t| t.map(|i| i as usize))
                .collect(),
        }
    }

    pub(crate) fn area_of(&self, t: &[usize; 3]) -> f64 {
        let [a, b, c] = t.map(|i| self.p[i]);
        0.5 * (b - a).cross(c - a).length()
    }

    /// Connected pieces (by shared vertices), largest first; specks are dropped.
    pub(crate) fn components(&self) -> Vec<Surface> {
        let mut parent: Vec<usize> = (0..self.p.len()).collect();
        fn find(parent: &mut [usize], mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        for t in &self.t {
            let a = find(&mut parent, t[0]);
            for &v in &t[1..] {
                let b = find(&mut parent, v);
                parent[b] = a;
            }
        }
        let mut groups: HashMap<usize, Vec<[usize; 3]>> = HashMap::new();
        for t in &self.t {
            let root = find(&mut parent, t[0]);
            groups.entry(root).or_default().push(*t);
        }
        let total: f64 = self.t.iter().map(|t| self.area_of(t)).sum();
        let mut pieces: Vec<Surface> = groups
            .into_values()
            .filter(|tris| tris.iter().map(|t| self.area_of(t)).sum::<f64>() > 0.01 * total)
            .map(|tris| {
                let mut map = HashMap::new();
                let mut p = Vec::new();
                let t = tris
                    .iter()
                    .map(|t| {
                        t.map(|v| {
                            *map.entry(v).or_insert_with(|| {
                                p.push(self.p[v]);
                                p.len() - 1
                            })
                        })
                    })
                    .collect();
                Surface { p, t }
            })
            .collect();
        pieces.sort_by_key(|s| std::cmp::Reverse(s.t.len()));
        pieces
    }
}

/// Edge-path distances from `start` over the mesh.
pub(crate) fn geodesic(surface: &Surface, start: usize) -> Vec<f64> {
    let mut adjacency: Vec<Vec<(usize, f64)>> = vec![Vec::new(); surface.p.len()];
    for t in &surface.t {
        for k in 0..3 {
            let (a, b) = (t[k], t[(k + 1) % 3]);
            let d = surface.p[a].distance(surface.p[b]);
            adjacency[a].push((b, d));
            adjacency[b].push((a, d));
        }
    }
    #[derive(PartialEq)]
    struct Item(f64, usize);
    impl Eq for Item {}
    impl PartialOrd for Item {
        fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
            Some(self.cmp(other))
        }
    }
    impl Ord for Item {
        fn cmp(&self, other: &Self) -> std::cmp::Ordering {
            other.0.total_cmp(&self.0)
        }
    }
    let mut distance = vec![f64::INFINITY; surface.p.len()];
    distance[start] = 0.0;
    let mut heap = BinaryHeap::from([Item(0.0, start)]);
    while let Some(Item(d, v)) = heap.pop() {
        if d > distance[v] {
            continue;
        }
        for &(w, step) in &adjacency[v] {
            if d + step < distance[w] {
                distance[w] = d + step;
                heap.push(Item(d + step, w));
            }
        }
    }
    distance
}
