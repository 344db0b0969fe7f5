# case: dwell-time smoothing with a while loop over a Python int counter for a fixed number of passes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DwellTimeSmoother(nn.Cell):
    def __init__(self, passes=3, alpha=0.5):
        super().__init__()
        self.passes = passes
        self.alpha = alpha

    def smooth_once(self, dwell):
        left = ops.concat((dwell[:, :1], dwell[:, :-1]), axis=1)
        right = ops.concat((dwell[:, 1:], dwell[:, -1:]), axis=1)
        return self.alpha * dwell + (1 - self.alpha) * 0.5 * (left + right)

    def construct(self, dwell):
        i = 0
        while i < self.passes:
            dwell = self.smooth_once(dwell)
            i += 1
        return dwell


def make():
    np.random.seed(23)
    dwell = Tensor(np.random.uniform(30, 120, size=(2, 9)).astype(np.float32))
    return DwellTimeSmoother(), (dwell,)
