# case: on a heavy flush return per-cluster cap sizes, otherwise return only the tray total, chosen by a tensor comparison -> if on tensor with different-shaped branches
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlushReport(nn.Cell):
    def __init__(self, heavy_kg=4.0):
        super().__init__()
        self.heavy_kg = heavy_kg
        self.dense = nn.Dense(5, 1)

    def cluster_mass(self, feats):
        return ops.relu(self.dense(feats)).squeeze(-1)

    def construct(self, feats):
        mass = self.cluster_mass(feats)
        total = mass.sum()
        if total > self.heavy_kg:
            out = mass
        else:
            out = total.reshape(1)
        return out


def make():
    np.random.seed(313)
    feats = Tensor(np.random.rand(9, 5).astype(np.float32))
    return FlushReport(), (feats,)
