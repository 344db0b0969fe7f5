# case: streaming front end tracks a running mean of log-mel energy in a non-trainable Parameter created by a helper and updated with ops.assign during training -> Parameter side effects are supported, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class NormConfig:
    n_mels = 32
    momentum = 0.01
    track_running_stats = True


class RunningLogMelNorm(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.momentum = config.momentum
        self.track_running_stats = config.track_running_stats
        self._init_stats(config.n_mels)

    def _init_stats(self, n_mels):
        self.running_mean = Parameter(Tensor(np.zeros(n_mels, np.float32)), name="running_mean", requires_grad=False)
        self.running_var = Parameter(Tensor(np.ones(n_mels, np.float32)), name="running_var", requires_grad=False)

    def construct(self, logmel):
        # logmel: (B, T, n_mels)
        if self.training and self.track_running_stats:
            mean = logmel.mean(axis=(0, 1))
            var = ((logmel - mean) ** 2).mean(axis=(0, 1))
            ops.assign(self.running_mean, (1 - self.momentum) * self.running_mean + self.momentum * mean)
            ops.assign(self.running_var, (1 - self.momentum) * self.running_var + self.momentum * var)
        return (logmel - self.running_mean) / ops.sqrt(self.running_var + 1e-5)


def make():
    np.random.seed(3802)
    net = RunningLogMelNorm(NormConfig())
    net.set_train(True)
    logmel = Tensor(np.random.randn(2, 40, 32).astype(np.float32))
    return net, (logmel,)
