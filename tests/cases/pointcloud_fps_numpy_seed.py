# case: farthest point sampling whose start index comes from np.random.randint called inside construct (JIT fallback); the start index is frozen as a compile-time constant, expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FPS(nn.Cell):
    def __init__(self, npoint=6):
        super().__init__()
        self.npoint = npoint

    def construct(self, xyz):
        n = xyz.shape[0]
        start = np.random.randint(0, n)
        dist = ops.full((n,), 1e10, dtype=ms.float32)
        far = Tensor(start, ms.int32)
        picked = []
        for _ in range(self.npoint):
            picked.append(far)
            d = ((xyz - xyz[far]) ** 2).sum(-1)
            dist = ops.minimum(dist, d)
            far = ops.argmax(dist).astype(ms.int32)
        return xyz[ops.stack(picked)]


def make():
    xyz = Tensor(np.random.RandomState(29).randn(40, 3).astype(np.float32))
    return FPS(), (xyz,)
