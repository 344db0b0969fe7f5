# case: pick the accelerometer's vertical axis as the axis with the largest mean magnitude (int of argmax) and reduce/transpose along it -> axis chosen from tensor values
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MountAligner(nn.Cell):
    def __init__(self, window=50):
        super().__init__()
        self.window = window

    def construct(self, acc):
        frames = acc.reshape(-1, self.window, 3)
        gravity = ops.abs(frames.mean(axis=1)).mean(axis=0)
        vert = int(ops.argmax(gravity))
        vertical = ops.gather(frames, Tensor([vert], ms.int32), 2).squeeze(-1)
        bumps = vertical.std(axis=1)
        return bumps, vert


def make():
    np.random.seed(171)
    acc = np.random.normal(0, 1.0, size=(500, 3)).astype(np.float32)
    acc[:, 1] += 9.81
    return MountAligner(), (Tensor(acc),)
