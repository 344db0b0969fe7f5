# case: PPO advantage normalization using statistics of valid steps selected by boolean indexing -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdvantageNormalizer(nn.Cell):
    def __init__(self, eps=1e-8, per_batch=True):
        super().__init__()
        self.eps = eps
        self.per_batch = per_batch

    def _stats(self, x):
        mean = x.mean()
        std = ops.sqrt(((x - mean) ** 2).mean())
        return mean, std

    def construct(self, advantages, valid_mask):
        valid_adv = advantages[valid_mask]
        if self.per_batch:
            mean, std = self._stats(valid_adv)
        else:
            mean, std = self._stats(advantages)
        normed = (advantages - mean) / (std + self.eps)
        return ops.where(valid_mask, normed, ops.zeros_like(normed))


def make():
    np.random.seed(4)
    adv = Tensor(np.random.randn(5, 4).astype(np.float32))
    mask = np.random.rand(5, 4) > 0.3
    return AdvantageNormalizer(), (adv, Tensor(mask))
