# case: speed/heading feature extractor with use_heading flag and lengths taken from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MotionFeatures(nn.Cell):
    """(B, T, 2) projected xy + (B, T) time -> (B, T, F) motion features."""

    def __init__(self, use_heading=True, use_accel=False):
        super().__init__()
        self.use_heading = use_heading
        self.use_accel = use_accel

    def diff(self, x):
        n = x.shape[1]
        return x[:, 1:n] - x[:, 0:n - 1]

    def construct(self, xy, t):
        dxy = self.diff(xy)
        dt = ops.clamp(self.diff(t), min=1.0)
        speed = ops.sqrt((dxy * dxy).sum(-1)) / dt
        feats = [speed]
        if self.use_heading:
            heading = ops.atan2(dxy[..., 1], dxy[..., 0])
            feats.append(ops.sin(heading))
            feats.append(ops.cos(heading))
        if self.use_accel:
            acc = self.diff(speed)
            feats.append(ops.pad(acc, (1, 0)))
        out = ops.stack(feats, axis=-1)
        return ops.pad(out, (0, 0, 1, 0))


def make():
    np.random.seed(31)
    xy = np.cumsum(np.random.rand(2, 7, 2) * 10, axis=1).astype(np.float32)
    t = np.cumsum(np.random.randint(1, 5, size=(2, 7)), axis=1).astype(np.float32)
    return MotionFeatures(), (Tensor(xy), Tensor(t))
