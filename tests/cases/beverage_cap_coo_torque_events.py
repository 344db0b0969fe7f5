# case: assemble sparse capping-head x shift-minute torque fault events into a COO tensor and densify it for the anomaly model -> sparse tensor built in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseFaultGrid(nn.Cell):
    def __init__(self, n_heads=12, n_minutes=30):
        super().__init__()
        self.shape = (n_heads, n_minutes)
        self.score = nn.Dense(n_minutes, 1)

    def construct(self, indices, magnitudes):
        events = ms.COOTensor(indices, magnitudes, self.shape)
        grid = events.to_dense()
        return self.score(grid).squeeze(-1)


def make():
    np.random.seed(91)
    heads = np.random.randint(0, 12, size=10)
    minutes = np.random.randint(0, 30, size=10)
    idx = np.unique(np.stack([heads, minutes], axis=1), axis=0).astype(np.int32)
    mags = np.random.rand(idx.shape[0]).astype(np.float32)
    return SparseFaultGrid(), (Tensor(idx), Tensor(mags))
