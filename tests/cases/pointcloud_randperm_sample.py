# case: random point subsampling with ops.randperm(n) over the point count from x.shape and slicing the first NUM_SAMPLE indices -> static at LAX and STRICT
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
        perm = ops.randperm(xyz.shape[0], dtype=ms.int32)
        idx = perm[:self.n]
        pts = ops.gather(xyz, idx, 0)
        return self.fc(pts)


def make():
    return RandomSubsample(), (Tensor(np.random.rand(32, 3).astype(np.float32)),)
