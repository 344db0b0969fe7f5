# case: n-step return estimator loops over the valid part of the trajectory with a while bound taken from the data and grows a list of returns -> loop count from tensor values plus list growth should fail or go dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NStepConfig:
    def __init__(self, n_step=3, gamma=0.99):
        self.n_step = n_step
        self.gamma = gamma


class NStepReturn(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_step = config.n_step
        self.discounts = Tensor(np.array([config.gamma ** k for k in range(config.n_step)], np.float32))
        self.gamma_n = config.gamma ** config.n_step

    def _window(self, rewards, t):
        return (rewards[t:t + self.n_step] * self.discounts).sum()

    def construct(self, rewards, values, valid):
        padded = ops.concat([rewards, ops.zeros((self.n_step,), ms.float32)])
        vpad = ops.concat([values, ops.zeros((self.n_step,), ms.float32)])
        valid_len = valid.astype(ms.int32).sum()
        returns = []
        t = 0
        while t < valid_len:
            returns.append(self._window(padded, t) + self.gamma_n * vpad[t + self.n_step])
            t += 1
        return ops.stack(returns)


def make():
    np.random.seed(67)
    T = 10
    rewards = Tensor(np.random.rand(T).astype(np.float32))
    values = Tensor(np.random.randn(T).astype(np.float32))
    valid = Tensor(np.arange(T) < 7)
    return NStepReturn(NStepConfig()), (rewards, values, valid)
