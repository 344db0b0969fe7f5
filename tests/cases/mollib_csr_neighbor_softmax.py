# case: radius-graph attention over a CSR neighbour list (ms.CSRTensor) with csr softmax and sparse-dense mm -> sparse path
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeighborAttnConfig:
    hidden = 16
    num_atoms = 6
    temperature = 1.0


def build_csr(indptr, indices, scores, n):
    return ms.CSRTensor(indptr, indices, scores, (n, n))


class NeighborAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.q = nn.Dense(config.hidden, config.hidden)
        self.k = nn.Dense(config.hidden, config.hidden)
        self.v = nn.Dense(config.hidden, config.hidden)
        self.n = config.num_atoms
        self.temperature = config.temperature

    def construct(self, h, indptr, indices, rows):
        q, k, v = self.q(h), self.k(h), self.v(h)
        scores = (q[rows] * k[indices]).sum(-1) / self.temperature
        attn = build_csr(indptr, indices, scores, self.n)
        attn = ops.csr_softmax(attn, ms.float32)
        return attn.mm(v)


def make():
    np.random.seed(22)
    nbrs = [[1, 2], [0, 2, 3], [0, 1], [1, 4], [3, 5], [4]]
    indptr = np.cumsum([0] + [len(r) for r in nbrs]).astype(np.int32)
    indices = np.concatenate(nbrs).astype(np.int32)
    rows = np.repeat(np.arange(6), [len(r) for r in nbrs]).astype(np.int32)
    h = Tensor(np.random.randn(6, 16).astype(np.float32))
    return NeighborAttention(NeighborAttnConfig()), (h, Tensor(indptr), Tensor(indices), Tensor(rows))
