//! Binary little-endian PLY, the format of the anatomy reference meshes and of
//! `--export-meshes`: float32 x y z per vertex, then triangles as a uchar count and uint32
//! indices. Bytes in, bytes out: the callers do the file I/O.

use crate::geometry::TriangleMesh;

/// A triangle mesh as read from a PLY file (positions and triangles only).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlyMesh {
    pub positions: Vec<[f32; 3]>,
    pub triangles: Vec<[u32; 3]>,
}

/// Reads the binary little-endian PLY layout the reference uses (and `to_ply` writes).
pub fn parse_ply(bytes: &[u8]) -> Result<PlyMesh, String> {
    const END: &[u8] = b"end_header\n";
    let header_end = bytes
        .windows(END.len())
        .position(|w| w == END)
        .ok_or("not a PLY file: no end_header")?
        + END.len();
    let header = std::str::from_utf8(&bytes[..header_end]).map_err(|_| "header is not text")?;
    if !header.starts_with("ply\n") {
        return Err("not a PLY file: it does not start with \"ply\"".into());
    }
    if !header.contains("format binary_little_endian 1.0") {
        return Err("only binary little-endian PLY is supported".into());
    }
    let count = |element: &str| -> Result<usize, String> {
        header
            .lines()
            .find_map(|line| line.strip_prefix(&format!("element {element} ")))
            .ok_or(format!("no {element} count in the header"))?
            .trim()
            .parse()
            .map_err(|_| format!("bad {element} count"))
    };
    let (vertices, faces) = (count("vertex")?, count("face")?);
    let mut at = header_end;
    let mut take = |n: usize| -> Result<&[u8], String> {
        let slice = bytes
            .get(at..at + n)
            .ok_or("the file ends before its data does")?;
        at += n;
        Ok(slice)
    };
    let mut positions = Vec::with_capacity(vertices);
    for _ in 0..vertices {
        let b = take(12)?;
        let f = |i: usize| f32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        let p = [f(0), f(4), f(8)];
        if p.iter().any(|c| !c.is_finite()) {
            return Err("a vertex is not a finite number".into());
        }
        positions.push(p);
    }
    let mut triangles = Vec::with_capacity(faces);
    for _ in 0..faces {
        let n = take(1)?[0] as usize;
        let b = take(4 * n)?;
        let index =
            |i: usize| u32::from_le_bytes([b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3]]);
        // Fans split polygons; the reference has triangles only.
        for k in 1..n.saturating_sub(1) {
            let t = [index(0), index(k), index(k + 1)];
            if t.iter().any(|&v| v as usize >= vertices) {
                return Err("a face points past the last vertex".into());
            }
            triangles.push(t);
        }
    }
    Ok(PlyMesh {
        positions,
        triangles,
    })
}

/// Writes a mesh as binary little-endian PLY (positions and triangles), like the reference.
pub fn to_ply(mesh: &TriangleMesh, comment: &str) -> Vec<u8> {
    let header = format!(
        "ply\nformat binary_little_endian 1.0\ncomment {}\nelement vertex {}\nproperty float x\n\
         property float y\nproperty float z\nelement face {}\nproperty list uchar uint \
         vertex_indices\nend_header\n",
        comment.replace('\n', " "),
        mesh.positions.len(),
        mesh.indices.len() / 3
    );
    let mut bytes = header.into_bytes();
    for p in &mesh.positions {
        for c in p {
            bytes.extend_from_slice(&c.to_le_bytes());
        }
    }
    for t in mesh.indices.chunks_exact(3) {
        bytes.push(3);
        for i in t {
            bytes.extend_from_slice(&i.to_le_bytes());
        }
    }
    bytes
}

impl PlyMesh {
    /// The part of the surface at or below `max_y` (metres): triangles that cross the plane are
    /// cut along it, so the edge is as straight as the cut.
    pub fn cropped_below(&self, max_y: f32) -> PlyMesh {
        let mut out = PlyMesh {
            positions: self.positions.clone(),
            triangles: Vec::new(),
        };
        // One new vertex per cut edge, shared by the two triangles on it, so no cracks open.
        let mut cut_edges: std::collections::HashMap<(u32, u32), u32> =
            std::collections::HashMap::new();
        for t in &self.triangles {
            let corners = t.map(|i| self.positions[i as usize]);
            let below = corners.map(|p| p[1] <= max_y);
            match below.iter().filter(|b| **b).count() {
                3 => out.triangles.push(*t),
                0 => {}
                _ => {
                    // Walk the triangle's edges, keeping corners below and adding crossings.
                    let mut polygon = Vec::new();
                    for k in 0..3 {
                        let (a, b) = (corners[k], corners[(k + 1) % 3]);
                        if below[k] {
                            polygon.push(t[k]);
                        }
                        if below[k] != below[(k + 1) % 3] {
                            let (i, j) = (t[k], t[(k + 1) % 3]);
                            let key = (i.min(j), i.max(j));
                            let index = *cut_edges.entry(key).or_insert_with(|| {
                                // From the lower-numbered end, so both triangles agree exactly.
                                let (a, b) = if i < j { (a, b) } else { (b, a) };
                                let f = (max_y - a[1]) / (b[1] - a[1]);
                                out.positions.push([
                                    a[0] + f * (b[0] - a[0]),
                                    max_y,
                                    a[2] + f * (b[2] - a[2]),
                                ]);
                                out.positions.len() as u32 - 1
                            });
                            polygon.push(index);
                        }
                    }
                    for k in 1..polygon.len().saturating_sub(1) {
                        out.triangles.push([polygon[0], polygon[k], polygon[k + 1]]);
                    }
                }
            }
        }
        out
    }

    /// Adds another mesh's triangles (indices shifted).
    pub fn append(&mut self, other: &PlyMesh) {
        let offset = self.positions.len() as u32;
        self.positions.extend_from_slice(&other.positions);
        self.triangles
            .extend(other.triangles.iter().map(|t| t.map(|v| v + offset)));
    }

    /// Surface area in square metres.
    pub fn area(&self) -> f64 {
        self.triangles
            .iter()
            .map(|t| {
                let [a, b, c] = t.map(|i| self.positions[i as usize].map(f64::from));
                let u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
                let v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
                let n = [
                    u[1] * v[2] - u[2] * v[1],
                    u[2] * v[0] - u[0] * v[2],
                    u[0] * v[1] - u[1] * v[0],
                ];
                0.5 * (n[0] * n[0] + n[1] * n[1] + n[2] * n[2]).sqrt()
            })
            .sum()
    }
}

impl From<&TriangleMesh> for PlyMesh {
    fn from(mesh: &TriangleMesh) -> Self {
        PlyMesh {
            positions: mesh.positions.clone(),
            triangles: mesh
                .indices
                .chunks_exact(3)
                .map(|t| [t[0], t[1], t[2]])
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_mesh_reads_back_the_same() {
        let mesh = TriangleMesh {
            positions: vec![[0.0, 0.0, 0.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.5]],
            normals: vec![[0.0, 0.0, 1.0]; 3],
            fibre: vec![0.0; 3],
            indices: vec![0, 1, 2],
        };
        let back = parse_ply(&to_ply(&mesh, "test")).expect("reads");
        assert_eq!(back.positions, mesh.positions);
        assert_eq!(back.triangles, vec![[0, 1, 2]]);
    }

    #[test]
    fn cropping_cuts_triangles_along_the_plane() {
        let mesh = PlyMesh {
            positions: vec![[0.0, 0.0, 0.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]],
            triangles: vec![[0, 1, 2]],
        };
        let cropped = mesh.cropped_below(0.5);
        // What is left is the lower three quarters of the triangle.
        assert!((cropped.area() - 0.375).abs() < 1e-6, "{}", cropped.area());
        assert!(
            cropped
                .positions
                .iter()
                .all(|p| p[1] <= 0.5 || p == &[0.0, 1.0, 0.0])
        );
    }

    #[test]
    fn broken_files_are_errors_not_panics() {
        assert!(parse_ply(b"").is_err());
        assert!(parse_ply(b"ply\nformat ascii 1.0\nend_header\n").is_err());
        let mut short = to_ply(&TriangleMesh::default(), "x");
        short = String::from_utf8(short)
            .expect("text")
            .replace("element vertex 0", "element vertex 5")
            .into_bytes();
        assert!(parse_ply(&short).is_err());
    }
}
