# case: storm track integrated for a fixed number of steps from the constructor, decaying intensity with ops.where and writing positions into a preallocated stack -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StormAdvector(nn.Cell):
    def __init__(self, steps=8, decay=0.9, min_wind=17.0):
        super().__init__()
        self.steps = steps
        self.decay = decay
        self.min_wind = min_wind

    def step(self, pos, wind, steering):
        alive = (wind > self.min_wind).astype(ms.float32)
        new_pos = pos + steering * alive
        new_wind = wind * self.decay
        return new_pos, new_wind

    def construct(self, start_pos, steering, wind):
        pos = start_pos
        track = []
        for _ in range(self.steps):
            pos, wind = self.step(pos, wind, steering)
            track.append(pos)
        return ops.stack(track), wind


def make():
    np.random.seed(13)
    start = Tensor(np.random.uniform(10, 20, (3, 2)).astype(np.float32))
    steer = Tensor(np.random.uniform(-1, 1, (3, 2)).astype(np.float32))
    wind = Tensor(np.array([[40.0], [25.0], [18.0]], np.float32))
    return StormAdvector(), (start, steer, wind)
