# case: count-based exploration bonus deduplicates hashed state ids with ops.unique in a mixin helper -> unique has a data-dependent output size, expect dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BonusConfig:
    def __init__(self, beta=0.1, num_buckets=64, obs_dim=8):
        self.beta = beta
        self.num_buckets = num_buckets
        self.obs_dim = obs_dim


class CountBonusMixin:
    def _novelty(self, state_ids):
        uniq, inverse = ops.unique(state_ids)
        counts = ops.zeros(uniq.shape, ms.float32)
        counts = ops.tensor_scatter_add(counts, inverse.expand_dims(-1), ops.ones(state_ids.shape, ms.float32))
        return self.beta / ops.sqrt(ops.gather(counts, inverse, 0))


class HashedCountBonus(nn.Cell, CountBonusMixin):
    def __init__(self, config):
        super().__init__()
        self.beta = config.beta
        self.num_buckets = config.num_buckets
        self.proj = nn.Dense(config.obs_dim, 1, has_bias=False)

    def _hash(self, obs):
        code = ops.floor(self.proj(obs).squeeze(-1) * 4.0)
        return (code.astype(ms.int32) % self.num_buckets)

    def construct(self, obs, extrinsic):
        ids = self._hash(obs)
        return extrinsic + self._novelty(ids)


def make():
    np.random.seed(17)
    cfg = BonusConfig()
    obs = Tensor(np.random.randn(12, cfg.obs_dim).astype(np.float32))
    rew = Tensor(np.random.rand(12).astype(np.float32))
    return HashedCountBonus(cfg), (obs, rew)
