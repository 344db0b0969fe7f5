# case: build the annealing schedule by appending one hold segment per requested soak step, step count read from a tensor with int() -> loop count from data and list grown in it, expect Graph mode error or dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def hold_segment(start_temp, drop, n_points):
    ramp = ops.linspace(Tensor(0.0, ms.float32), Tensor(1.0, ms.float32), n_points)
    return start_temp - drop * ramp


class AnnealScheduleBuilder(nn.Cell):
    def __init__(self, points_per_step=5, drop_per_step=15.0):
        super().__init__()
        self.points = points_per_step
        self.drop = drop_per_step

    def construct(self, anneal_temp, n_steps):
        segments = []
        temp = anneal_temp
        for _ in range(int(n_steps)):
            seg = hold_segment(temp, self.drop, self.points)
            segments.append(seg)
            temp = temp - self.drop
        return ops.concat(segments)


def make():
    np.random.seed(141)
    return AnnealScheduleBuilder(), (Tensor(np.float32(550.0)), Tensor(np.int32(4)))
