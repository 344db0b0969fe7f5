# case: DGA scorer keeps a configured number of most elevated gases (Python int k) -> fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GASES = ("H2", "CH4", "C2H6", "C2H4", "C2H2", "CO", "CO2")


class DominantGasScorer(nn.Cell):
    def __init__(self, n_gases=len(GASES), top_k=3):
        super().__init__()
        self.top_k = top_k
        self.proj = nn.Dense(n_gases, 16)
        self.head = nn.Dense(16, 1)

    def normalize(self, ppm):
        return ops.log1p(ppm) / 10.0

    def construct(self, ppm):
        x = self.normalize(ppm)
        vals, idx = ops.topk(x, self.top_k)
        pooled = vals.mean(axis=-1, keep_dims=True)
        feat = self.proj(x) * pooled
        return self.head(ops.relu(feat)), idx


def make():
    np.random.seed(12)
    ppm = Tensor(np.abs(np.random.randn(8, len(GASES)) * 50).astype(np.float32))
    return DominantGasScorer(top_k=4), (ppm,)
