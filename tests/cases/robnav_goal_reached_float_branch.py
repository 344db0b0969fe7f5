# case: goal checker converts the distance tensor with float() and branches on it in Python to return a stop command or a P-controller command -> float() of tensor in construct, host conversion / error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GoalController(nn.Cell):
    def __init__(self, k_v=0.6, k_w=1.2, goal_tol=0.25):
        super().__init__()
        self.k_v = k_v
        self.k_w = k_w
        self.goal_tol = goal_tol

    def heading_error(self, pose, goal):
        ang = ops.atan2(goal[1] - pose[1], goal[0] - pose[0])
        err = ang - pose[2]
        return ops.atan2(ops.sin(err), ops.cos(err))

    def construct(self, pose, goal):
        d = goal - pose[:2]
        dist = float(ops.sqrt((d * d).sum()))
        if dist < self.goal_tol:
            return ops.zeros((2,), ms.float32)
        v = min(self.k_v * dist, 0.5)
        w = self.k_w * self.heading_error(pose, goal)
        return ops.stack([Tensor(v, ms.float32), w])


def make():
    np.random.seed(12)
    pose = np.array([0.5, 0.2, 0.3], np.float32)
    goal = np.array([2.0, 1.5], np.float32)
    return GoalController(), (Tensor(pose), Tensor(goal))
