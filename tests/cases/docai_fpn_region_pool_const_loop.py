# case: pool region features over a fixed number of feature-pyramid levels with a constant for loop over a CellList -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LevelProjector(nn.Cell):
    def __init__(self, in_dim, out_dim):
        super().__init__()
        self.fc = nn.Dense(in_dim, out_dim)

    def construct(self, x):
        return ops.relu(self.fc(x))


class PyramidRegionPooler(nn.Cell):
    def __init__(self, num_levels=3, in_dim=8, out_dim=8):
        super().__init__()
        self.num_levels = num_levels
        self.heads = nn.CellList([LevelProjector(in_dim, out_dim) for _ in range(num_levels)])
        self.level_weight = ms.Parameter(Tensor(np.ones(num_levels, np.float32) / num_levels))

    def construct(self, level_feats):
        out = ops.zeros((level_feats.shape[1], 8), ms.float32)
        for i in range(self.num_levels):
            out = out + self.level_weight[i] * self.heads[i](level_feats[i])
        return out


def make():
    np.random.seed(36)
    return PyramidRegionPooler(), (Tensor(np.random.randn(3, 10, 8).astype(np.float32)),)
