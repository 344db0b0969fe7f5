# case: roll out a unicycle model for a constant horizon with a Python range loop and stack the poses -> constant loop, static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UnicycleRollout(nn.Cell):
    def __init__(self, horizon=8, dt=0.1):
        super().__init__()
        self.horizon = horizon
        self.dt = dt

    def step(self, pose, v, w):
        x, y, th = pose[0], pose[1], pose[2]
        x = x + v * ops.cos(th) * self.dt
        y = y + v * ops.sin(th) * self.dt
        th = th + w * self.dt
        return ops.stack([x, y, th])

    def construct(self, pose, controls):
        poses = []
        for t in range(self.horizon):
            pose = self.step(pose, controls[t, 0], controls[t, 1])
            poses.append(pose)
        traj = ops.stack(poses)
        return traj


def make():
    np.random.seed(7)
    pose = np.array([0.0, 0.0, 0.1], np.float32)
    ctrl = np.random.uniform(-0.5, 1.0, size=(8, 2)).astype(np.float32)
    return UnicycleRollout(), (Tensor(pose), Tensor(ctrl))
