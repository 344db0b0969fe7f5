# case: graph-Laplacian smoothing of an irregular station field with a CSR adjacency matrix -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def ring_adjacency(n):
    indptr, indices, values = [0], [], []
    for i in range(n):
        for j in sorted({(i - 1) % n, (i + 1) % n}):
            indices.append(j)
            values.append(0.5)
        indptr.append(len(indices))
    return (np.array(indptr, np.int32), np.array(indices, np.int32), np.array(values, np.float32))


class StationDiffusion(nn.Cell):
    def __init__(self, n_stations=8, alpha=0.3, n_iters=2):
        super().__init__()
        indptr, indices, values = ring_adjacency(n_stations)
        self.indptr = Tensor(indptr)
        self.indices = Tensor(indices)
        self.values = Tensor(values)
        self.shape = (n_stations, n_stations)
        self.alpha = alpha
        self.n_iters = n_iters

    def construct(self, obs):
        adj = ms.CSRTensor(self.indptr, self.indices, self.values, self.shape)
        x = obs
        for _ in range(self.n_iters):
            x = (1 - self.alpha) * x + self.alpha * adj.mv(x)
        return x


def make():
    rng = np.random.RandomState(18)
    obs = Tensor(rng.randn(8, 1).astype(np.float32))
    return StationDiffusion(), (obs,)
