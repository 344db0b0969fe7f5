# case: reward normaliser that clips rewards at a percentile computed with NumPy on .asnumpy() of the batch inside construct -> Graph mode rejects asnumpy/NumPy on tensors
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RewardConfig:
    clip_percentile = 95.0
    normalize = True
    eps = 1e-8


def _percentile(x, q):
    return float(np.percentile(x.asnumpy(), q))


class RewardNormalizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.q = config.clip_percentile
        self.normalize = config.normalize
        self.eps = config.eps

    def construct(self, rewards):
        hi = _percentile(rewards, self.q)
        rewards = ops.clamp(rewards, max=hi)
        if self.normalize:
            rewards = (rewards - rewards.mean()) / (rewards.std() + self.eps)
        return rewards


def make():
    np.random.seed(23)
    r = Tensor(np.random.randn(64).astype(np.float32))
    return RewardNormalizer(RewardConfig()), (r,)
