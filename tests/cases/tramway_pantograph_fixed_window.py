# case: average the first half of a pantograph current trace, half length from the static shape -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PantographWindowStats(nn.Cell):
    def __init__(self, nominal_a=600.0, use_rms=True):
        super().__init__()
        self.nominal = nominal_a
        self.use_rms = use_rms

    def construct(self, current_a):
        half = current_a.shape[0] // 2
        accel = current_a[:half]
        cruise = current_a[half:]
        if self.use_rms:
            level = ops.sqrt((accel * accel).mean())
        else:
            level = ops.abs(accel).mean()
        ratio = level / self.nominal
        return ratio, cruise.max() - cruise.min()


def make():
    np.random.seed(3072)
    t = np.linspace(0, 4, 200, dtype=np.float32)
    trace = 600 * np.exp(-((t - 1.3) ** 2) * 3) + np.random.normal(0, 20, t.shape)
    return PantographWindowStats(), (Tensor(trace.astype(np.float32)),)
