# case: path smoother that keeps inserting midpoints while any segment is longer than max_step -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WaypointDensifier(nn.Cell):
    def __init__(self, max_step=0.3, max_rounds=4):
        super().__init__()
        self.max_step = max_step
        self.max_rounds = max_rounds

    def insert_midpoints(self, path):
        mids = 0.5 * (path[1:] + path[:-1])
        inter = ops.stack((path[:-1], mids), axis=1).reshape(-1, path.shape[-1])
        return ops.concat((inter, path[-1:]), axis=0)

    def construct(self, path):
        seg = ops.norm(path[1:] - path[:-1], dim=-1)
        rounds = 0
        while seg.max() > self.max_step and rounds < self.max_rounds:
            path = self.insert_midpoints(path)
            seg = ops.norm(path[1:] - path[:-1], dim=-1)
            rounds += 1
        return path


def make():
    np.random.seed(28)
    path = Tensor(np.array([[0.0, 0.0], [1.0, 0.2], [1.5, 1.0]], np.float32))
    return WaypointDensifier(), (path,)
