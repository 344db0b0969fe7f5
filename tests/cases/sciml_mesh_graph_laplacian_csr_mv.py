# case: diffusion step on an unstructured mesh using a CSR graph Laplacian assembled in construct -> compile error or dynamic at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class MeshDiffusionStep(nn.Cell):
    def __init__(self, n_nodes=6, kappa=0.1, n_substeps=2):
        super().__init__()
        self.n_nodes = n_nodes
        self.kappa = kappa
        self.n_substeps = n_substeps

    def degree(self, indptr):
        return (indptr[1:] - indptr[:-1]).astype(ms.float32)

    def apply_laplacian(self, adj, deg, u):
        return deg * u - adj.mv(u.expand_dims(-1)).squeeze(-1)

    def construct(self, indptr, indices, weights, u):
        adj = CSRTensor(indptr, indices, weights, (self.n_nodes, self.n_nodes))
        deg = self.degree(indptr)
        for _ in range(self.n_substeps):
            u = u - self.kappa * self.apply_laplacian(adj, deg, u)
        return u


def ring_mesh(n):
    cols = []
    for i in range(n):
        cols.extend([(i - 1) % n, (i + 1) % n])
    indptr = np.arange(0, 2 * n + 1, 2, dtype=np.int32)
    return indptr, np.array(cols, np.int32)


def make():
    np.random.seed(22)
    indptr, indices = ring_mesh(6)
    w = np.ones(indices.shape[0], np.float32)
    u = np.random.rand(6).astype(np.float32)
    return MeshDiffusionStep(), (Tensor(indptr), Tensor(indices), Tensor(w), Tensor(u))
