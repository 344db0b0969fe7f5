# case: event handling that freezes trajectories after crossing a threshold by multiplying with a fixed-size float mask -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BallisticField(nn.Cell):
    def __init__(self, g=9.81, drag=0.1):
        super().__init__()
        self.g = g
        self.drag = drag

    def construct(self, y):
        h, v = y[:, 0:1], y[:, 1:2]
        return ops.concat((v, -self.g - self.drag * v), axis=1)


class GroundEvent(nn.Cell):
    def __init__(self, steps=30, dt=0.05, ground=0.0):
        super().__init__()
        self.field = BallisticField()
        self.steps = steps
        self.dt = dt
        self.ground = ground

    def construct(self, y0):
        y = y0
        alive = ops.ones((y0.shape[0], 1), ms.float32)
        traj = []
        for _ in range(self.steps):
            y = y + self.dt * alive * self.field(y)
            alive = alive * (y[:, 0:1] > self.ground).astype(ms.float32)
            traj.append(y)
        return ops.stack(traj, axis=1), alive


def make():
    np.random.seed(32)
    y0 = Tensor(np.array([[1.0, 2.0], [0.5, 0.0], [3.0, -1.0]], dtype=np.float32))
    return GroundEvent(), (y0,)
