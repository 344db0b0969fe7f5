# case: moving-average smoothing of servo angles over a fixed window from config -> static shapes, compiles fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ServoSmoother(nn.Cell):
    """Boxcar smoothing of a multi-servo trajectory (frames x servos)."""

    def __init__(self, window=5, clamp_deg=90.0):
        super().__init__()
        self.window = window
        self.clamp_deg = clamp_deg

    def _pad(self, traj):
        head = ops.tile(traj[:1], (self.window - 1, 1))
        return ops.concat((head, traj), axis=0)

    def construct(self, traj):
        padded = self._pad(traj)
        acc = ops.zeros_like(traj)
        n = traj.shape[0]
        for k in range(self.window):
            acc = acc + padded[k:k + n]
        smooth = acc / self.window
        return ops.clamp(smooth, -self.clamp_deg, self.clamp_deg)


def make():
    np.random.seed(12)
    traj = np.cumsum(np.random.randn(48, 6).astype(np.float32) * 3.0, axis=0)
    return ServoSmoother(), (Tensor(traj),)
