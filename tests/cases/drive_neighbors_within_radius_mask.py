# case: social pooling over neighbours within a radius of the ego agent selected by boolean-mask indexing -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SocialPooling(nn.Cell):
    def __init__(self, feat_dim=8, hidden=16, radius=10.0):
        super().__init__()
        self.radius = radius
        self.proj = nn.Dense(feat_dim + 2, hidden)
        self.act = nn.ReLU()

    def _relative(self, ego_pos, positions):
        return positions - ego_pos.expand_dims(0)

    def construct(self, ego_pos, positions, feats):
        rel = self._relative(ego_pos, positions)
        dist = ops.norm(rel, dim=-1)
        in_range = dist < self.radius
        others = ops.concat([rel, feats], axis=-1)
        neigh = others[in_range]
        pooled = self.act(self.proj(neigh)).max(axis=0)
        return pooled


def make():
    np.random.seed(5)
    ego = Tensor(np.zeros(2, dtype=np.float32))
    pos = Tensor(np.random.uniform(-20, 20, size=(12, 2)).astype(np.float32))
    feats = Tensor(np.random.randn(12, 8).astype(np.float32))
    return SocialPooling(), (ego, pos, feats)
