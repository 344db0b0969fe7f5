# case: crown surface refiner runs as many smoothing iterations as the scan-quality tensor requests (range(int(tensor))) -> graph mode should reject or unroll poorly on the data-driven loop count
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def shift(x, k, axis):
    if axis == 0:
        return ops.concat((x[-k:], x[:-k]), axis=0)
    return ops.concat((x[:, -k:], x[:, :-k]), axis=1)


class LaplacianStep(nn.Cell):
    def __init__(self, lam=0.3):
        super().__init__()
        self.lam = lam

    def construct(self, heights):
        up = shift(heights, 1, 0)
        down = shift(heights, -1, 0)
        left = shift(heights, 1, 1)
        right = shift(heights, -1, 1)
        avg = (up + down + left + right) / 4.0
        return heights + self.lam * (avg - heights)


class CrownSurfaceRefiner(nn.Cell):
    def __init__(self):
        super().__init__()
        self.step = LaplacianStep()

    def construct(self, heights, n_iters):
        for _ in range(int(n_iters)):
            heights = self.step(heights)
        return heights


def make():
    np.random.seed(317)
    h = np.random.randn(20, 20).astype(np.float32)
    return CrownSurfaceRefiner(), (Tensor(h), Tensor(np.array(4, np.int32)))
