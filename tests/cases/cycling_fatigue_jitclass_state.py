# case: a @ms.jit_class fatigue tracker is created in construct and its W' balance attribute is updated in a loop over power samples -> jit_class mutated in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class WPrimeBalance:
    def __init__(self, w_prime):
        self.balance = w_prime
        self.w_prime = w_prime

    def step(self, watts, cp):
        drain = ops.relu(watts - cp)
        recover = ops.relu(cp - watts) * (self.w_prime - self.balance) / self.w_prime
        self.balance = self.balance - drain + recover


class FatigueModel(nn.Cell):
    def __init__(self, cp=270.0, w_prime=20000.0, n_steps=60):
        super().__init__()
        self.cp = cp
        self.w_prime = w_prime
        self.n_steps = n_steps

    def construct(self, watts):
        tracker = WPrimeBalance(self.w_prime)
        for t in range(self.n_steps):
            tracker.step(watts[t], self.cp)
        return tracker.balance


def make():
    np.random.seed(111)
    watts = np.concatenate([np.full(30, 400.0), np.full(30, 150.0)]).astype(np.float32)
    return FatigueModel(), (Tensor(watts),)
