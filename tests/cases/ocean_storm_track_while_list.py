# case: storm track following advances the storm centre while its wind intensity stays above a threshold, appending positions to a Python list -> dynamic/unsupported data-dependent loop growing a list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StormFollower(nn.Cell):
    def __init__(self, decay=0.85, min_wind=17.0, max_steps=20):
        super().__init__()
        self.decay = decay
        self.min_wind = min_wind
        self.max_steps = max_steps

    def construct(self, start_pos, steering, wind):
        pos = start_pos
        track = [pos]
        step = 0
        while wind > self.min_wind and step < self.max_steps:
            pos = pos + steering
            wind = wind * self.decay
            track.append(pos)
            step += 1
        return ops.stack(track)


def make():
    np.random.seed(12)
    start = Tensor(np.array([15.0, -60.0], np.float32))
    steer = Tensor(np.array([0.6, -0.9], np.float32))
    wind = Tensor(np.array(45.0, np.float32))
    return StormFollower(), (start, steer, wind)
