# case: user tower falls back to a learned default interest vector when the whole batch has no behaviour history, checked with a tensor-valued if whose two branches both return (batch, emb_dim) -> data-dependent branch with equal shapes, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Zero


class UserTowerConfig:
    def __init__(self, emb_dim=8, profile_dim=8, out_dim=16):
        self.emb_dim = emb_dim
        self.profile_dim = profile_dim
        self.out_dim = out_dim


def masked_mean(hist, mask):
    total = (hist * mask.expand_dims(-1)).sum(axis=1)
    return total / ops.maximum(mask.sum(axis=1, keepdims=True), 1.0)


class UserTower(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self._init_default_interest(config.emb_dim)
        self.out = nn.Dense(config.profile_dim + config.emb_dim, config.out_dim)

    def _init_default_interest(self, emb_dim):
        self.default_interest = Parameter(initializer(Zero(), (1, emb_dim), ms.float32), name="default_interest")

    def _interest(self, hist, mask):
        if mask.sum() > 0:
            interest = masked_mean(hist, mask)
        else:
            interest = ops.broadcast_to(self.default_interest, (hist.shape[0], hist.shape[2]))
        return interest

    def construct(self, profile, hist, mask):
        return self.out(ops.concat((profile, self._interest(hist, mask)), axis=-1))


def make():
    np.random.seed(38519)
    cfg = UserTowerConfig()
    mask = (np.arange(5)[None, :] < np.array([[0], [3], [5], [1]])).astype(np.float32)
    profile = Tensor(np.random.randn(4, cfg.profile_dim).astype(np.float32))
    hist = Tensor(np.random.randn(4, 5, cfg.emb_dim).astype(np.float32))
    return UserTower(cfg), (profile, hist, Tensor(mask))
