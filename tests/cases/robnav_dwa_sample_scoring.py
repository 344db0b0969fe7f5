# case: dynamic-window approach scores a fixed grid of (v, w) samples, marks colliding rollouts with a large cost and picks the argmin -> static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

WEIGHTS = {"heading": 0.8, "clearance": 0.5, "speed": 0.2}


class DWAScorer(nn.Cell):
    def __init__(self, n_v=5, n_w=7, horizon=1.0, robot_radius=0.2):
        super().__init__()
        v, w = np.meshgrid(np.linspace(0.0, 0.6, n_v), np.linspace(-1.0, 1.0, n_w), indexing="ij")
        self.samples = Tensor(np.stack([v.ravel(), w.ravel()], 1).astype(np.float32))
        self.horizon = horizon
        self.robot_radius = robot_radius

    def endpoints(self, pose):
        v, w = self.samples[:, 0], self.samples[:, 1]
        th = pose[2] + w * self.horizon
        x = pose[0] + v * self.horizon * ops.cos(th)
        y = pose[1] + v * self.horizon * ops.sin(th)
        return ops.stack([x, y], axis=1)

    def construct(self, pose, goal, obstacles):
        ends = self.endpoints(pose)
        dg = goal.expand_dims(0) - ends
        heading_cost = ops.sqrt((dg * dg).sum(-1))
        do = ends.expand_dims(1) - obstacles.expand_dims(0)
        clearance = ops.sqrt((do * do).sum(-1)).min(axis=1)
        cost = WEIGHTS["heading"] * heading_cost - WEIGHTS["clearance"] * clearance \
            - WEIGHTS["speed"] * self.samples[:, 0]
        cost = ops.where(clearance < self.robot_radius, ops.full_like(cost, 1e6), cost)
        best = ops.argmin(cost)
        return self.samples[best], cost


def make():
    np.random.seed(35)
    pose = np.array([0.0, 0.0, 0.0], np.float32)
    goal = np.array([2.0, 0.5], np.float32)
    obs = np.random.uniform(0.2, 1.5, size=(6, 2)).astype(np.float32)
    return DWAScorer(), (Tensor(pose), Tensor(goal), Tensor(obs))
