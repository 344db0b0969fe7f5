# case: navigator accepts the goal as a tuple of floats or as a tensor and normalizes it with an isinstance guard -> type guard resolved at compile time, static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GoalVector(nn.Cell):
    def __init__(self, max_lookahead=2.0):
        super().__init__()
        self.max_lookahead = max_lookahead

    def as_tensor(self, goal):
        if isinstance(goal, tuple):
            return ops.stack([Tensor(goal[0], ms.float32), Tensor(goal[1], ms.float32)])
        return goal

    def construct(self, pose, goal):
        g = self.as_tensor(goal)
        d = g - pose[:2]
        dist = ops.sqrt((d * d).sum())
        scale = ops.minimum(dist, self.max_lookahead) / (dist + 1e-6)
        return d * scale


def make():
    np.random.seed(33)
    pose = np.array([0.5, -0.5, 0.0], np.float32)
    return GoalVector(), (Tensor(pose), (3.0, 1.5))
