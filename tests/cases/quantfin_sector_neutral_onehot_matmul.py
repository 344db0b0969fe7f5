# case: sector-neutralize scores with a one-hot sector matrix of constructor-fixed width and matmuls for per-sector means -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SectorNeutralizer(nn.Cell):
    def __init__(self, num_sectors=4):
        super().__init__()
        self.num_sectors = num_sectors
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, scores, sector_ids):
        # scores: (days, N); sector_ids: (N,)
        onehot = ops.one_hot(sector_ids, self.num_sectors, self.on, self.off)  # (N, S)
        counts = onehot.sum(axis=0).clip(1.0, None)
        sec_mean = ops.matmul(scores, onehot) / counts  # (days, S)
        demeaned = scores - ops.matmul(sec_mean, onehot.T)
        return demeaned / (ops.std(demeaned, axis=1, keepdims=True) + 1e-6)


def make():
    np.random.seed(34)
    scores = Tensor(np.random.randn(5, 12).astype(np.float32))
    sectors = Tensor(np.random.randint(0, 4, 12).astype(np.int32))
    return SectorNeutralizer(), (scores, sectors)
