# case: area-weighted vertex normals from faces via gather + unsorted_segment_sum -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def face_normals(verts, faces):
    v0 = ops.gather(verts, faces[:, 0], 0)
    v1 = ops.gather(verts, faces[:, 1], 0)
    v2 = ops.gather(verts, faces[:, 2], 0)
    return ops.cross(v1 - v0, v2 - v0, dim=-1)


class VertexNormalShading(nn.Cell):
    def __init__(self, eps=1e-8, area_weighted=True):
        super().__init__()
        self.eps = eps
        self.area_weighted = area_weighted
        self.light = Tensor(np.array([0.0, 0.0, 1.0], np.float32))

    def vertex_normals(self, verts, faces):
        fn = face_normals(verts, faces)
        if not self.area_weighted:
            fn = fn / (ops.norm(fn, dim=-1, keepdim=True) + self.eps)
        fn3 = ops.tile(fn, (3, 1))
        vid = ops.concat([faces[:, 0], faces[:, 1], faces[:, 2]], axis=0)
        vn = ops.unsorted_segment_sum(fn3, vid, verts.shape[0])
        return vn / (ops.norm(vn, dim=-1, keepdim=True) + self.eps)

    def construct(self, verts, faces):
        vn = self.vertex_normals(verts, faces)
        return ops.relu((vn * self.light).sum(-1))


def make():
    np.random.seed(18)
    verts = Tensor(np.random.rand(8, 3).astype(np.float32))
    faces = Tensor(np.random.randint(0, 8, size=(10, 3)).astype(np.int32))
    return VertexNormalShading(), (verts, faces)
