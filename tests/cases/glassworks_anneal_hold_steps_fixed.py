# case: build the annealing schedule from a fixed number of soak steps given in the constructor, concatenating the segments -> loop over range(python int), expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def hold_segment(start_temp, drop, n_points):
    ramp = ops.linspace(Tensor(0.0, ms.float32), Tensor(1.0, ms.float32), n_points)
    return start_temp - drop * ramp


class AnnealScheduleFixed(nn.Cell):
    def __init__(self, n_steps=4, points_per_step=5, drop_per_step=15.0):
        super().__init__()
        self.n_steps = n_steps
        self.points = points_per_step
        self.drop = drop_per_step

    def construct(self, anneal_temp):
        segments = []
        temp = anneal_temp
        for _ in range(self.n_steps):
            segments.append(hold_segment(temp, self.drop, self.points))
            temp = temp - self.drop
        return ops.concat(segments)


def make():
    np.random.seed(142)
    return AnnealScheduleFixed(), (Tensor(np.float32(550.0)),)
