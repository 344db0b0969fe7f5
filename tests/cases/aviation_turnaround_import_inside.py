# case: turnaround estimator imports math inside construct to convert the stand heading to radians for a jet-bridge alignment feature -> import statement in construct, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BridgeAlignment(nn.Cell):
    def __init__(self, n_feats=4):
        super().__init__()
        self.head = nn.Dense(n_feats + 2, 1)

    def construct(self, stand_feats, heading_deg):
        import math
        rad = heading_deg * (math.pi / 180.0)
        geo = ops.stack((ops.cos(rad), ops.sin(rad)), axis=1)
        x = ops.concat((stand_feats, geo), axis=1)
        return self.head(x).squeeze(-1) * 3.0 + 5.0


def make():
    np.random.seed(191)
    feats = Tensor(np.random.randn(6, 4).astype(np.float32))
    heading = Tensor((360 * np.random.rand(6)).astype(np.float32))
    return BridgeAlignment(), (feats, heading)
