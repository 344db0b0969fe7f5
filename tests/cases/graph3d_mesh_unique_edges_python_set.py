# case: mesh edge list deduplicated with a Python set over face tensor rows -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MeshEdgeLength(nn.Cell):
    def __init__(self, normalize=True):
        super().__init__()
        self.normalize = normalize

    def unique_edges(self, faces):
        edges = set()
        for f in faces:
            a, b, c = f[0], f[1], f[2]
            for u, v in ((a, b), (b, c), (c, a)):
                edges.add((min(int(u), int(v)), max(int(u), int(v))))
        return Tensor(sorted(edges), ms.int32)

    def construct(self, verts, faces):
        e = self.unique_edges(faces)
        lengths = ops.norm(ops.gather(verts, e[:, 0], 0) - ops.gather(verts, e[:, 1], 0), dim=-1)
        if self.normalize:
            lengths = lengths / lengths.mean()
        return lengths


def make():
    np.random.seed(17)
    verts = Tensor(np.random.rand(6, 3).astype(np.float32))
    faces = Tensor(np.array([[0, 1, 2], [0, 2, 3], [0, 3, 4], [0, 4, 5], [1, 2, 5]], dtype=np.int32))
    return MeshEdgeLength(), (verts, faces)
