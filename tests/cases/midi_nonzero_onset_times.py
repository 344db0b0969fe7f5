# case: finds onset frames in a piano roll with nonzero and returns their time indices scaled to seconds -> nonzero output shape depends on data, dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OnsetExtractor(nn.Cell):
    def __init__(self, frames_per_second=50.0, threshold=0.5):
        super().__init__()
        self.fps = frames_per_second
        self.threshold = threshold

    def onset_strength(self, roll):
        prev = ops.concat((ops.zeros_like(roll[:1]), roll[:-1]), axis=0)
        return ops.relu(roll - prev).sum(axis=1)

    def construct(self, roll):
        strength = self.onset_strength(roll)
        idx = ops.nonzero(strength > self.threshold)
        times = idx[:, 0].astype(ms.float32) / self.fps
        return times


def make():
    np.random.seed(2)
    roll = (np.random.rand(40, 88) > 0.93).astype(np.float32)
    return OnsetExtractor(), (Tensor(roll),)
