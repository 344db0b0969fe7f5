# case: roll the strand twist controller forward a fixed number of steps and stack the trajectory -> loop over range of a Python int, static shapes
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


class TwistRollout(nn.Cell):
    def __init__(self, horizon=12):
        super().__init__()
        self.pi = TwistPI()
        self.horizon = horizon

    def construct(self, target_tpm, tpm0):
        tpm = tpm0
        integ = ops.zeros_like(tpm0)
        history = []
        for _ in range(self.horizon):
            u, integ = self.pi(target_tpm - tpm, integ)
            tpm = tpm + u
            history.append(tpm)
        traj = ops.stack(history)
        settled = (ops.abs(traj - target_tpm) < 0.5).astype(ms.float32)
        return traj, settled.sum(axis=0)


def make():
    np.random.seed(72)
    target = Tensor(np.full((4,), 120.0, dtype=np.float32))
    tpm0 = Tensor(np.random.uniform(100, 110, size=(4,)).astype(np.float32))
    return TwistRollout(), (target, tpm0)
