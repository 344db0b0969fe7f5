# case: speed-restriction predictor with an optional per-section bias tested with `is None` -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeedRestrictionHead(nn.Cell):
    def __init__(self, n_feat=6, max_speed=160.0):
        super().__init__()
        self.fc = nn.Dense(n_feat, 1)
        self.max_speed = max_speed

    def construct(self, section_feats, section_bias=None):
        factor = ops.sigmoid(self.fc(section_feats)).squeeze(-1)
        if section_bias is not None:
            factor = factor * section_bias
        return ops.clamp(factor * self.max_speed, 20.0, self.max_speed)


def make():
    np.random.seed(20)
    feats = Tensor(np.random.randn(10, 6).astype(np.float32))
    return SpeedRestrictionHead(), (feats, None)
