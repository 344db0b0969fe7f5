# case: gate silent frames by multiplying with a fixed-size float mask instead of removing them, then average over voiced frames -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SilenceGate(nn.Cell):
    def __init__(self, threshold_db=-35.0, eps=1e-10):
        super().__init__()
        self.threshold_db = threshold_db
        self.eps = eps

    def frame_db(self, frames):
        power = ops.mean(frames * frames, axis=-1) + self.eps
        return 10.0 * ops.log(power) / 2.302585

    def construct(self, frames):
        voiced = (self.frame_db(frames) > self.threshold_db).astype(frames.dtype)
        gated = frames * voiced.expand_dims(-1)
        n_voiced = ops.maximum(voiced.sum(), 1.0)
        return gated.sum(axis=0) / n_voiced, voiced


def make():
    np.random.seed(101)
    frames = np.random.randn(24, 32).astype(np.float32) * 0.1
    frames[18:] *= 1e-4
    return SilenceGate(), (Tensor(frames),)
