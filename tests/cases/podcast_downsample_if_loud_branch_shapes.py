# case: if the clip's mean energy is high, keep every other frame, otherwise keep all frames (branches return different lengths, condition is a tensor) -> error on branch shape mismatch
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveFrameRate(nn.Cell):
    def __init__(self, energy_thr=0.5):
        super().__init__()
        self.energy_thr = energy_thr

    def construct(self, frames):
        energy = ops.mean(ops.abs(frames))
        if energy > self.energy_thr:
            out = frames[:, ::2]
        else:
            out = frames
        return out * 2.0


def make():
    np.random.seed(8)
    frames = Tensor(np.random.randn(4, 16).astype(np.float32))
    return AdaptiveFrameRate(), (frames,)
