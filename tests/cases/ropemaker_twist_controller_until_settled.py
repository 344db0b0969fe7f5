# case: iterate the strand twist controller until the twist error settles, logging each step into a growing list and stacking it -> while on tensor value growing a list, iteration count depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwistPI(nn.Cell):
    def __init__(self, kp=0.4, ki=0.1):
        super().__init__()
        self.kp = kp
        self.ki = ki

    def construct(self, err, integ):
        integ = integ + err
        return self.kp * err + self.ki * integ, integ


class TwistSettling(nn.Cell):
    def __init__(self, tol=0.5, max_steps=40):
        super().__init__()
        self.pi = TwistPI()
        self.tol = tol
        self.max_steps = max_steps

    def construct(self, target_tpm, tpm0):
        tpm = tpm0
        integ = ops.zeros_like(tpm0)
        history = []
        step = 0
        while ops.abs(target_tpm - tpm).max() > self.tol and step < self.max_steps:
            u, integ = self.pi(target_tpm - tpm, integ)
            tpm = tpm + u
            history.append(tpm)
            step += 1
        return ops.stack(history), tpm


def make():
    np.random.seed(71)
    target = Tensor(np.full((4,), 120.0, dtype=np.float32))
    tpm0 = Tensor(np.random.uniform(100, 110, size=(4,)).astype(np.float32))
    return TwistSettling(), (target, tpm0)
