# case: random point subsampling calls np.random.choice with constant arguments inside construct; folded to a constant at compile time -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_SAMPLE = 8


class RandomSubsample(nn.Cell):
    def __init__(self, n=NUM_SAMPLE):
        super().__init__()
        self.n = n
        self.fc = nn.Dense(3, 4)

    def construct(self, xyz):
        idx = np.random.choice(32, self.n, replace=False)
        idx_t = Tensor(idx, ms.int32)
        pts = ops.gather(xyz, idx_t, 0)
        return self.fc(pts)


def make():
    return RandomSubsample(), (Tensor(np.random.rand(32, 3).astype(np.float32)),)
