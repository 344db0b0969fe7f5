# case: orders delivery stops by deadline with ops.sort and reorders their coordinates with gather on the full permutation -> full-length sort keeps static shape, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DeadlineSequencer(nn.Cell):
    def __init__(self, speed_kmh=35.0):
        super().__init__()
        self.speed_kmh = speed_kmh

    def construct(self, deadlines, coords, depot):
        _, order = ops.sort(deadlines)
        seq = ops.gather(coords, order, 0)
        path = ops.concat((depot.reshape(1, 2), seq), axis=0)
        diff = path[1:] - path[:-1]
        legs = ops.sqrt((diff * diff).sum(axis=1))
        arrival = ops.cumsum(legs / self.speed_kmh, axis=0)
        slack = ops.gather(deadlines, order, 0) - arrival
        return order, slack


def make():
    np.random.seed(35)
    deadlines = Tensor(np.random.uniform(0.5, 4.0, size=(8,)).astype(np.float32))
    coords = Tensor(np.random.uniform(0, 30, size=(8, 2)).astype(np.float32))
    depot = Tensor(np.array([15.0, 15.0], dtype=np.float32))
    return DeadlineSequencer(), (deadlines, coords, depot)
