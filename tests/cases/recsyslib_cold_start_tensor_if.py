# case: user tower blends in a cold-start prior when the batch has no history at all, decided by an if on a tensor sum whose both branches keep the same shape -> tensor-valued condition with matching shapes, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Zero


class UserTowerConfig:
    def __init__(self, hidden=16, prior_weight=0.5, use_prior=True):
        self.hidden = hidden
        self.prior_weight = prior_weight
        self.use_prior = use_prior


class UserTower(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.hidden, config.hidden, activation="tanh")
        self.use_prior = config.use_prior
        self.prior_weight = config.prior_weight
        self._init_prior(config.hidden)

    def _init_prior(self, hidden):
        self.cold_prior = Parameter(initializer(Zero(), (1, hidden), ms.float32), name="cold_prior")

    def construct(self, hist_emb, hist_mask):
        denom = ops.maximum(hist_mask.sum(axis=1, keepdims=True), 1.0)
        pooled = (hist_emb * hist_mask.expand_dims(-1)).sum(axis=1) / denom
        if self.use_prior and hist_mask.sum() == 0:
            pooled = pooled * (1 - self.prior_weight) + self.cold_prior * self.prior_weight
        else:
            pooled = pooled * 1.0
        return self.proj(pooled)


def make():
    np.random.seed(3939)
    hist = Tensor(np.random.randn(3, 4, 16).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 0, 0], [1, 0, 0, 0], [1, 1, 1, 1]], np.float32))
    return UserTower(UserTowerConfig()), (hist, mask)
