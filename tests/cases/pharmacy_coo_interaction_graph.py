# case: represent the known drug-drug interaction pairs as a COOTensor and propagate severity through it -> sparse tensor in graph mode, may be rejected on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InteractionPropagation(nn.Cell):
    def __init__(self, n_drugs=8, dim=4):
        super().__init__()
        self.n_drugs = n_drugs
        self.proj = nn.Dense(dim, dim)

    def construct(self, pair_idx, pair_sev, drug_emb):
        adj = ms.COOTensor(pair_idx, pair_sev, (self.n_drugs, self.n_drugs))
        dense = adj.to_dense()
        msg = ops.matmul(dense, drug_emb)
        return ops.relu(self.proj(msg))


def make():
    np.random.seed(91)
    pairs = np.array([[0, 3], [1, 2], [2, 5], [4, 7], [6, 1]], np.int32)
    pair_idx = Tensor(pairs)
    pair_sev = Tensor(np.random.uniform(0.1, 1.0, (5,)).astype(np.float32))
    emb = Tensor(np.random.randn(8, 4).astype(np.float32))
    return InteractionPropagation(), (pair_idx, pair_sev, emb)
