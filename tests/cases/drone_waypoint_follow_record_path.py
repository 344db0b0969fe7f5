# case: steps the drone toward the target in a while loop on the tensor distance and appends every visited position to a Python list, then stacks it -> data-dependent list growth fails in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WaypointFollower(nn.Cell):
    def __init__(self, step=0.5, tol=0.3):
        super().__init__()
        self.step = step
        self.tol = tol

    def construct(self, start, target):
        pos = start
        path = [pos]
        dist = ops.norm(target - pos)
        while dist > self.tol:
            direction = (target - pos) / dist
            pos = pos + direction * ops.minimum(dist, self.step)
            path.append(pos)
            dist = ops.norm(target - pos)
        return ops.stack(path)


def make():
    np.random.seed(8)
    start = np.zeros(3, dtype=np.float32)
    target = np.array([2.0, 1.0, 1.5], dtype=np.float32)
    return WaypointFollower(), (Tensor(start), Tensor(target))
