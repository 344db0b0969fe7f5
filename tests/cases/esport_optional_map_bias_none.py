# case: outcome model adds an optional per-map bias vector only when one is passed, tested with `is None` -> None check resolved at compile time, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MapAwareOutcome(nn.Cell):
    def __init__(self, feat_dim=10, num_maps=7):
        super().__init__()
        self.fc = nn.Dense(feat_dim, num_maps)

    def construct(self, match_feats, map_onehot, map_bias=None):
        logits = self.fc(match_feats)
        if map_bias is not None:
            logits = logits + map_bias
        per_map = (logits * map_onehot).sum(axis=-1)
        return ops.sigmoid(per_map)


def make():
    np.random.seed(35)
    feats = Tensor(np.random.randn(5, 10).astype(np.float32))
    onehot = Tensor(np.eye(7, dtype=np.float32)[np.random.randint(0, 7, size=5)])
    return MapAwareOutcome(10, 7), (feats, onehot, None)
