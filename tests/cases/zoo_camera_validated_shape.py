# case: compute enclosure motion energy after a shape check on frames.shape done with plain Python conditions -> shape-based branch is constant-folded, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CheckedMotionEnergy(nn.Cell):
    def __init__(self, min_frames=2):
        super().__init__()
        self.min_frames = min_frames
        self.conv = nn.Conv2d(1, 4, 3, pad_mode="same")

    def construct(self, frames):
        if frames.shape[0] < self.min_frames:
            return ops.zeros((1,), ms.float32)
        diff = frames[1:] - frames[:-1]
        energy = ops.abs(self.conv(diff)).mean(axis=(1, 2, 3))
        return energy


def make():
    np.random.seed(132)
    return CheckedMotionEnergy(), (Tensor(np.random.rand(6, 1, 24, 24).astype(np.float32)),)
