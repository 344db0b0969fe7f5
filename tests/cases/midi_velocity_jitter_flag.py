# case: velocity augmentation controlled by a Python bool flag, adding scaled noise passed in and clipping to the MIDI range -> flag is a constant, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VelocityJitter(nn.Cell):
    def __init__(self, enabled=True, scale=8.0):
        super().__init__()
        self.enabled = enabled
        self.scale = scale

    def construct(self, velocity, noise):
        v = velocity.astype(ms.float32)
        if self.enabled:
            v = v + noise * self.scale
        v = ops.clip(ops.round(v), 1.0, 127.0)
        return v.astype(ms.int32)


def make():
    np.random.seed(39)
    vel = Tensor(np.random.randint(1, 128, size=(4, 16)).astype(np.int32))
    noise = Tensor(np.random.randn(4, 16).astype(np.float32))
    return VelocityJitter(), (vel, noise)
