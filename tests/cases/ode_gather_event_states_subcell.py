# case: a sub-Cell extracts the trajectory states at event steps via nonzero + gather, parent concatenates them with the final state -> dynamic shape in sub-Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventStateExtractor(nn.Cell):
    def __init__(self, component=0, level=0.0):
        super().__init__()
        self.component = component
        self.level = level

    def construct(self, traj):
        x = traj[:, self.component]
        hits = ops.logical_and(x[:-1] < self.level, x[1:] >= self.level)
        idx = ops.nonzero(hits).reshape(-1) + 1
        return ops.gather(traj, idx, 0)


class PendulumWithEvents(nn.Cell):
    def __init__(self, steps=50, dt=0.1):
        super().__init__()
        self.steps = steps
        self.dt = dt
        self.extract = EventStateExtractor()

    def construct(self, y0):
        y = y0
        ys = []
        for _ in range(self.steps):
            theta, omega = y[0:1], y[1:2]
            y = ops.concat((theta + self.dt * omega, omega - self.dt * ops.sin(theta)))
            ys.append(y)
        traj = ops.stack(ys)
        events = self.extract(traj)
        return ops.concat((events, y.reshape(1, 2)), axis=0)


def make():
    np.random.seed(22)
    return PendulumWithEvents(), (Tensor(np.array([1.0, 0.0], dtype=np.float32)),)
