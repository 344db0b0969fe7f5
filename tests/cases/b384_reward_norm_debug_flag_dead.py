# case: reward normaliser with a debug flag (default False, never set) guarding a NumPy/asnumpy percentile check; live path uses running mean/var Parameters -> expected to compile since the flagged branch is never taken
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RewardConfig:
    normalize = True
    debug_stats = False
    momentum = 0.99
    eps = 1e-8


class RewardNormalizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.normalize = config.normalize
        self.debug_stats = getattr(config, "debug_stats", False)
        self.momentum = config.momentum
        self.eps = config.eps
        self._init_stats()

    def _init_stats(self):
        self.run_mean = Parameter(Tensor(0.0, ms.float32), name="ret_mean", requires_grad=False)
        self.run_var = Parameter(Tensor(1.0, ms.float32), name="ret_var", requires_grad=False)

    def construct(self, rewards):
        if self.debug_stats:
            print("p95 reward", np.percentile(rewards.asnumpy(), 95))
        if self.training:
            m = self.momentum
            ops.assign(self.run_mean, m * self.run_mean + (1 - m) * rewards.mean())
            ops.assign(self.run_var, m * self.run_var + (1 - m) * rewards.var())
        if self.normalize:
            return (rewards - self.run_mean) / ops.sqrt(self.run_var + self.eps)
        return rewards


def make():
    np.random.seed(24)
    r = Tensor(np.random.randn(64).astype(np.float32))
    net = RewardNormalizer(RewardConfig())
    net.set_train(True)
    return net, (r,)
