# case: n-step bootstrapped return where the horizon is int() of a tensor (remaining episode steps clipped) and drives a Python for loop over range -> data-dependent loop count, rejected or unrolled incorrectly in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReturnConfig:
    gamma = 0.99
    max_horizon = 5


class NStepReturn(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.gamma = config.gamma
        self.max_horizon = config.max_horizon

    def _horizon(self, steps_left):
        return int(ops.minimum(steps_left, self.max_horizon))

    def construct(self, rewards, bootstrap_value, steps_left):
        n = self._horizon(steps_left)
        ret = ops.zeros_like(rewards[0])
        discount = 1.0
        for t in range(n):
            ret = ret + discount * rewards[t]
            discount = discount * self.gamma
        return ret + discount * bootstrap_value


def make():
    np.random.seed(33)
    rewards = Tensor(np.random.randn(8, 4).astype(np.float32))
    boot = Tensor(np.random.randn(4).astype(np.float32))
    return NStepReturn(ReturnConfig()), (rewards, boot, Tensor(3, ms.int32))
