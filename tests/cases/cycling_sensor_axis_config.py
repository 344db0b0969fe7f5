# case: road-surface roughness from the accelerometer's vertical axis given by a mount config index -> axis from Python config, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


MOUNT_AXES = {"stem": 2, "seatpost": 1, "fork": 0}


class RoughnessIndex(nn.Cell):
    def __init__(self, mount="seatpost", window=50):
        super().__init__()
        self.vert = MOUNT_AXES[mount]
        self.window = window

    def construct(self, acc):
        frames = acc.reshape(-1, self.window, 3)
        frames = frames.transpose(2, 0, 1)
        vertical = frames[self.vert]
        gravity = vertical.mean(axis=1, keep_dims=True)
        roughness = ops.sqrt(((vertical - gravity) ** 2).mean(axis=1))
        return roughness, roughness.mean()


def make():
    np.random.seed(172)
    acc = np.random.normal(0, 1.2, size=(500, 3)).astype(np.float32)
    acc[:, 1] += 9.81
    return RoughnessIndex(), (Tensor(acc),)
