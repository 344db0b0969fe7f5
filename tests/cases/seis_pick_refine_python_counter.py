# case: refine a pick by a fixed number of parabolic-interpolation iterations counted by a Python int in a while loop -> loop bound is a Python constant, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PickRefiner(nn.Cell):
    def __init__(self, n_iter=3, sampling_rate=100.0):
        super().__init__()
        self.n_iter = n_iter
        self.sampling_rate = sampling_rate

    def parabolic_offset(self, ym, y0, yp):
        denom = ym - 2.0 * y0 + yp
        safe = ops.where(ops.abs(denom) > 1e-6, denom, ops.ones_like(denom))
        return ops.clip(0.5 * (ym - yp) / safe, -0.5, 0.5)

    def construct(self, prob):
        n = prob.shape[0]
        pick = ops.argmax(prob).astype(ms.float32)
        i = 0
        while i < self.n_iter:
            k = ops.clip(ops.round(pick), 1, n - 2).astype(ms.int32)
            ym = ops.gather(prob, k - 1, 0)
            y0 = ops.gather(prob, k, 0)
            yp = ops.gather(prob, k + 1, 0)
            pick = k.astype(ms.float32) + self.parabolic_offset(ym, y0, yp)
            i += 1
        return pick / self.sampling_rate


def make():
    np.random.seed(40)
    t = np.arange(50, dtype=np.float32)
    prob = np.exp(-0.5 * ((t - 21.3) / 2.5) ** 2).astype(np.float32)
    return PickRefiner(), (Tensor(prob),)
