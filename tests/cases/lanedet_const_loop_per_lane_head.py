# case: loop over a constructor-fixed number of lanes, applying a per-lane Dense from a CellList and stacking the outputs -> static (constant unrolled loop)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerLaneRegressor(nn.Cell):
    def __init__(self, in_dim=16, num_lanes=4, num_points=10):
        super().__init__()
        self.num_lanes = num_lanes
        self.heads = nn.CellList([nn.Dense(in_dim, num_points) for _ in range(num_lanes)])

    def construct(self, feat):
        outs = []
        for i in range(self.num_lanes):
            outs.append(ops.sigmoid(self.heads[i](feat)))
        return ops.stack(outs, axis=1)


def make():
    np.random.seed(25)
    feat = Tensor(np.random.randn(2, 16).astype(np.float32))
    return PerLaneRegressor(), (feat,)
