# case: uniform Laplacian mesh smoothing, neighbours from faces, fixed iteration count from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def faces_to_edges(faces):
    e = ops.concat([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]], axis=0)
    return ops.concat([e, e[:, ::-1]], axis=0)          # both directions


class LaplacianSmoothing(nn.Cell):
    def __init__(self, iterations=3, lam=0.5, taubin_mu=None):
        super().__init__()
        self.iterations = iterations
        self.lam = lam
        self.taubin_mu = taubin_mu

    def laplacian_step(self, verts, edges, factor):
        n = verts.shape[0]
        nb_sum = ops.unsorted_segment_sum(ops.gather(verts, edges[:, 1], 0), edges[:, 0], n)
        deg = ops.unsorted_segment_sum(ops.ones((edges.shape[0], 1), ms.float32), edges[:, 0], n)
        lap = nb_sum / ops.maximum(deg, 1.0) - verts
        return verts + factor * lap

    def construct(self, verts, faces):
        edges = faces_to_edges(faces)
        for _ in range(self.iterations):
            verts = self.laplacian_step(verts, edges, self.lam)
            if self.taubin_mu is not None:
                verts = self.laplacian_step(verts, edges, self.taubin_mu)
        return verts


def make():
    np.random.seed(34)
    verts = Tensor(np.random.rand(9, 3).astype(np.float32))
    faces = Tensor(np.random.randint(0, 9, size=(12, 3)).astype(np.int32))
    return LaplacianSmoothing(), (verts, faces)
