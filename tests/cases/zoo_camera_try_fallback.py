# case: compute enclosure motion energy and fall back to zeros inside a try/except if the camera feed is malformed -> try statement in construct, Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeMotionEnergy(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3, pad_mode="same")

    def construct(self, frames):
        try:
            diff = frames[1:] - frames[:-1]
            energy = ops.abs(self.conv(diff)).mean(axis=(1, 2, 3))
        except ValueError:
            energy = ops.zeros((frames.shape[0] - 1,), ms.float32)
        return energy


def make():
    np.random.seed(131)
    return SafeMotionEnergy(), (Tensor(np.random.rand(6, 1, 24, 24).astype(np.float32)),)
