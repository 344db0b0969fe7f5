# case: closed platforms zeroed with masked_fill and passenger share computed with softmax over open ones -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlatformAssignment(nn.Cell):
    def __init__(self, n_feat=4):
        super().__init__()
        self.score = nn.Dense(n_feat, 1)

    def construct(self, platform_feats, closed):
        logits = self.score(platform_feats).squeeze(-1)
        logits = ops.masked_fill(logits, closed, Tensor(-1e9, ms.float32))
        share = ops.softmax(logits, axis=-1)
        return share


def make():
    np.random.seed(22)
    feats = Tensor(np.random.randn(3, 7, 4).astype(np.float32))
    closed = Tensor(np.random.rand(3, 7) < 0.3)
    return PlatformAssignment(), (feats, closed)
