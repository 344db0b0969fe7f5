# case: online proprioception statistics: in training the normaliser bumps a Python sample counter stored on self and blends the batch mean into a running-mean Parameter -> attribute of self written in construct, expect Graph mode to refuse or treat it specially
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class StatsConfig:
    def __init__(self, state_dim=6, momentum=None, track_stats=True):
        self.state_dim = state_dim
        self.momentum = momentum
        self.track_stats = track_stats


class RunningNormalizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.track_stats = config.track_stats
        self.momentum = config.momentum
        self.num_batches = 0
        self.running_mean = Parameter(ops.zeros(config.state_dim, ms.float32), name="running_mean",
                                      requires_grad=False)

    def _update(self, batch_mean):
        self.num_batches = self.num_batches + 1
        m = 1.0 / self.num_batches if self.momentum is None else self.momentum
        new_mean = self.running_mean * (1 - m) + batch_mean * m
        ops.assign(self.running_mean, new_mean)
        return new_mean

    def construct(self, state):
        if self.training and self.track_stats:
            mean = self._update(state.mean(axis=0))
        else:
            mean = self.running_mean
        return state - mean


def make():
    np.random.seed(10)
    net = RunningNormalizer(StatsConfig())
    net.set_train(True)
    state = Tensor(np.random.randn(16, 6).astype(np.float32))
    return net, (state,)
