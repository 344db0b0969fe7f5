# case: MSE-driven clip search loop shrinks a scalar clip value while the quantization error improves; loop on tensor condition but shapes unchanged -> static (control flow)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipSearch(nn.Cell):
    def __init__(self, bits=4, shrink=0.9, max_iters=10):
        super().__init__()
        self.qmax = float(2 ** (bits - 1) - 1)
        self.shrink = shrink
        self.max_iters = max_iters

    def qerr(self, x, clip):
        scale = clip / self.qmax
        q = ops.clamp(ops.round(x / scale), -self.qmax, self.qmax) * scale
        return ops.reduce_mean((q - x) ** 2)

    def construct(self, x):
        clip = ops.amax(ops.abs(x))
        best = self.qerr(x, clip)
        it = 0
        while it < self.max_iters:
            cand = clip * self.shrink
            err = self.qerr(x, cand)
            clip = ops.select(err < best, cand, clip)
            best = ops.minimum(err, best)
            it += 1
        return clip, best


def make():
    np.random.seed(31)
    x = Tensor(np.random.randn(8, 8).astype(np.float32))
    return ClipSearch(), (x,)
