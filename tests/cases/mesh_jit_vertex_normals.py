# case: @ms.jit function computing per-vertex normals by scatter-adding face normals over a fixed face list -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def vertex_normals(verts, faces):
    # verts: (V, 3), faces: (F, 3) int32
    v0 = ops.gather(verts, faces[:, 0], 0)
    v1 = ops.gather(verts, faces[:, 1], 0)
    v2 = ops.gather(verts, faces[:, 2], 0)
    fn = ops.cross(v1 - v0, v2 - v0, dim=1)
    normals = ops.zeros_like(verts)
    for k in range(3):
        normals = ops.index_add(normals, faces[:, k], fn, 0)
    norm = ops.sqrt((normals ** 2).sum(axis=1, keepdims=True)) + 1e-8
    return normals / norm


def make():
    np.random.seed(0)
    verts = Tensor(np.random.randn(12, 3).astype(np.float32))
    faces = Tensor(np.random.randint(0, 12, size=(16, 3)).astype(np.int32))
    return vertex_normals, (verts, faces)
