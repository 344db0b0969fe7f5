# case: on a heavy flush scale cluster masses by the picker efficiency, otherwise keep them, chosen by a tensor comparison -> both branches same shape, should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlushReport(nn.Cell):
    def __init__(self, heavy_kg=4.0, picker_eff=0.92):
        super().__init__()
        self.heavy_kg = heavy_kg
        self.picker_eff = picker_eff
        self.dense = nn.Dense(5, 1)

    def cluster_mass(self, feats):
        return ops.relu(self.dense(feats)).squeeze(-1)

    def construct(self, feats):
        mass = self.cluster_mass(feats)
        total = mass.sum()
        if total > self.heavy_kg:
            out = mass * self.picker_eff
        else:
            out = mass
        return out, total


def make():
    np.random.seed(314)
    feats = Tensor(np.random.rand(9, 5).astype(np.float32))
    return FlushReport(), (feats,)
