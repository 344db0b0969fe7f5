# case: W' balance computed with a functional step helper inside a fixed-length range loop, state kept in local tensors -> no object mutation, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def wbal_step(balance, watts, cp, w_prime):
    drain = ops.relu(watts - cp)
    recover = ops.relu(cp - watts) * (w_prime - balance) / w_prime
    return balance - drain + recover


class FatigueCurve(nn.Cell):
    def __init__(self, cp=270.0, w_prime=20000.0, n_steps=60):
        super().__init__()
        self.cp = cp
        self.w_prime = w_prime
        self.n_steps = n_steps

    def construct(self, watts):
        balance = ops.full((), self.w_prime, dtype=ms.float32)
        trace = []
        for t in range(self.n_steps):
            balance = wbal_step(balance, watts[t], self.cp, self.w_prime)
            trace.append(balance)
        curve = ops.stack(trace)
        return curve.min(), curve


def make():
    np.random.seed(112)
    watts = np.concatenate([np.full(30, 420.0), np.full(30, 140.0)]).astype(np.float32)
    return FatigueCurve(), (Tensor(watts),)
