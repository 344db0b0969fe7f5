# case: user tower appends the attention-pooled behaviour vector only when the batch has any behaviour history at all (cold-start users otherwise get just the profile embedding) -> tensor-valued if whose branches give different widths, expect rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


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
        self.out_with_hist = nn.Dense(config.profile_dim + config.emb_dim, config.out_dim)
        self.out_profile_only = nn.Dense(config.profile_dim, config.out_dim)

    def _user_repr(self, profile, hist, mask):
        if mask.sum() > 0:
            return ops.concat((profile, masked_mean(hist, mask)), axis=-1)
        return profile

    def construct(self, profile, hist, mask):
        u = self._user_repr(profile, hist, mask)
        if u.shape[-1] == profile.shape[-1]:
            return self.out_profile_only(u)
        return self.out_with_hist(u)


def make():
    np.random.seed(38518)
    cfg = UserTowerConfig()
    mask = (np.arange(5)[None, :] < np.array([[0], [3], [5], [1]])).astype(np.float32)
    profile = Tensor(np.random.randn(4, cfg.profile_dim).astype(np.float32))
    hist = Tensor(np.random.randn(4, 5, cfg.emb_dim).astype(np.float32))
    return UserTower(cfg), (profile, hist, Tensor(mask))
