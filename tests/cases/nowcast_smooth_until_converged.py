# case: repeatedly smooth a rain field with a 3x3 average while the change is above a tolerance (tensor while loop, shape unchanged) -> static shapes with control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IterativeSmoother(nn.Cell):
    def __init__(self, tol=1e-2, max_iter=10):
        super().__init__()
        self.pool = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")
        self.tol = tol
        self.max_iter = max_iter

    def construct(self, rain):
        # rain: (B, 1, H, W)
        cur = rain
        change = Tensor(1.0, ms.float32)
        it = Tensor(0, ms.int32)
        while change > self.tol and it < self.max_iter:
            nxt = self.pool(cur)
            change = ops.abs(nxt - cur).max()
            cur = nxt
            it = it + 1
        return cur, it


def make():
    np.random.seed(115)
    rain = Tensor(np.random.exponential(2.0, (1, 1, 10, 10)).astype(np.float32))
    return IterativeSmoother(), (rain,)
