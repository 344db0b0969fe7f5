# case: simulate a servo P-controller for a fixed number of steps into a preallocated buffer -> python-int loop, static shapes, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ServoStepResponse(nn.Cell):
    def __init__(self, kp=0.35, n_steps=16, rate_limit=8.0):
        super().__init__()
        self.kp = kp
        self.n_steps = n_steps
        self.rate_limit = rate_limit

    def step(self, pos, setpoint):
        delta = ops.clamp(self.kp * (setpoint - pos), -self.rate_limit, self.rate_limit)
        return pos + delta

    def construct(self, start, setpoint):
        pos = start
        frames = []
        for _ in range(self.n_steps):
            pos = self.step(pos, setpoint)
            frames.append(pos)
        path = ops.stack(frames, axis=0)
        err = ops.abs(setpoint - pos).max()
        return path, err


def make():
    np.random.seed(22)
    start = np.random.uniform(-45, 45, size=(4,)).astype(np.float32)
    target = np.random.uniform(-45, 45, size=(4,)).astype(np.float32)
    return ServoStepResponse(), (Tensor(start), Tensor(target))
