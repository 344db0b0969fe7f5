# case: iterate a servo PID toward its setpoint until the error is small, appending each step to the trajectory -> while on tensor values with growing tensor, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ServoSettleSim(nn.Cell):
    def __init__(self, kp=0.35, tol=0.05, max_steps=200):
        super().__init__()
        self.kp = kp
        self.tol = tol
        self.max_steps = max_steps

    def construct(self, start, setpoint):
        pos = start
        path = start.reshape(1, -1)
        err = ops.abs(setpoint - pos).max()
        steps = 0
        while err > self.tol and steps < self.max_steps:
            pos = pos + self.kp * (setpoint - pos)
            path = ops.concat((path, pos.reshape(1, -1)), axis=0)
            err = ops.abs(setpoint - pos).max()
            steps += 1
        return path


def make():
    np.random.seed(21)
    start = np.random.uniform(-45, 45, size=(4,)).astype(np.float32)
    target = np.random.uniform(-45, 45, size=(4,)).astype(np.float32)
    return ServoSettleSim(), (Tensor(start), Tensor(target))
