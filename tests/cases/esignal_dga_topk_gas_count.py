# case: DGA scorer keeps the k most elevated gases where k is read from a per-transformer tensor -> topk with k from tensor data fails/dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GASES = ("H2", "CH4", "C2H6", "C2H4", "C2H2", "CO", "CO2")


class DominantGasScorer(nn.Cell):
    def __init__(self, n_gases=len(GASES)):
        super().__init__()
        self.n_gases = n_gases
        self.proj = nn.Dense(n_gases, 16)
        self.head = nn.Dense(16, 1)

    def normalize(self, ppm):
        return ops.log1p(ppm) / 10.0

    def construct(self, ppm, k_gases):
        x = self.normalize(ppm)
        k = int(k_gases)
        vals, _ = ops.topk(x, k)
        pooled = vals.mean(axis=-1, keep_dims=True)
        feat = self.proj(x) * pooled
        return self.head(ops.relu(feat))


def make():
    np.random.seed(11)
    ppm = Tensor(np.abs(np.random.randn(8, len(GASES)) * 50).astype(np.float32))
    k = Tensor(np.array(3, dtype=np.int32))
    return DominantGasScorer(), (ppm, k)
