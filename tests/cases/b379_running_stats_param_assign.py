# case: online proprioception statistics updated in training with ops.assign into mean/var/count Parameters (counter is a Parameter, not a Python attribute) -> Parameter side effects are fine in graphs, expect Graph mode to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class StatsConfig:
    def __init__(self, state_dim=6, eps=1e-5, update_stats=True):
        self.state_dim = state_dim
        self.eps = eps
        self.update_stats = update_stats


class StatsMixin:
    def _init_stats(self, dim):
        self.mean = Parameter(ops.zeros(dim, ms.float32), name="mean", requires_grad=False)
        self.var = Parameter(ops.ones(dim, ms.float32), name="var", requires_grad=False)
        self.count = Parameter(Tensor(1e-4, ms.float32), name="count", requires_grad=False)

    def _welford(self, x):
        b_mean = x.mean(axis=0)
        b_var = x.var(axis=0)
        b_n = x.shape[0] * 1.0
        delta = b_mean - self.mean
        tot = self.count + b_n
        new_mean = self.mean + delta * b_n / tot
        m2 = self.var * self.count + b_var * b_n + delta * delta * self.count * b_n / tot
        ops.assign(self.mean, new_mean)
        ops.assign(self.var, m2 / tot)
        ops.assign(self.count, tot)
        return new_mean


class OnlineNormalizer(nn.Cell, StatsMixin):
    def __init__(self, config):
        super().__init__()
        self.eps = config.eps
        self.update_stats = config.update_stats
        self._init_stats(config.state_dim)

    def construct(self, state):
        if self.training and self.update_stats:
            self._welford(state)
        return (state - self.mean) / ops.sqrt(self.var + self.eps)


def make():
    np.random.seed(11)
    net = OnlineNormalizer(StatsConfig())
    net.set_train(True)
    return net, (Tensor(np.random.randn(32, 6).astype(np.float32)),)
