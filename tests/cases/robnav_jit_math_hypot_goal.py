# case: jit function computes goal distance and bearing with math.hypot/math.atan2 on tensor elements -> Python math on tensors inside ms.jit
import math
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def goal_polar(pose, goal):
    dx = goal[0] - pose[0]
    dy = goal[1] - pose[1]
    dist = math.hypot(dx, dy)
    bearing = math.atan2(dy, dx) - pose[2]
    return dist, bearing


def make():
    np.random.seed(28)
    pose = np.array([0.2, -0.4, 0.5], np.float32)
    goal = np.array([2.5, 1.0], np.float32)
    return goal_polar, (Tensor(pose), Tensor(goal))
