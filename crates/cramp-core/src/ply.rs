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
    /// The triangles whose three corners all lie at or below `max_y` (metres).
    pub fn cropped_below(&self, max_y: f32) -> PlyMesh {
        let triangles = self
            .triangles
            .iter()
            .copied()
            .filter(|t| t.iter().all(|&i| self.positions[i as usize][1] <= max_y))
            .collect();
        PlyMesh {
            positions: self.positions.clone(),
            triangles,
        }
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
