# case: maps a z-score to long/short/flat trade signals with ops.select against thresholds -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThresholdSignal(nn.Cell):
    def __init__(self, entry_z=1.5, exit_z=0.5):
        super().__init__()
        self.entry_z = entry_z
        self.exit_z = exit_z

    def construct(self, z, prev_pos):
        long_sig = ops.fill(ms.float32, z.shape, 1.0)
        short_sig = -long_sig
        flat = ops.zeros_like(z)
        sig = ops.select(z < -self.entry_z, long_sig, prev_pos)
        sig = ops.select(z > self.entry_z, short_sig, sig)
        sig = ops.select(ops.abs(z) < self.exit_z, flat, sig)
        return sig


def make():
    np.random.seed(5)
    z = (1.5 * np.random.randn(6, 10)).astype(np.float32)
    prev = np.random.choice([-1.0, 0.0, 1.0], size=(6, 10)).astype(np.float32)
    return ThresholdSignal(), (Tensor(z), Tensor(prev))
