# case: attention over point encodings applies a padding mask only when one is passed, tested with `is not None` -> compile-time branch, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PointAttentionPool(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.score = nn.Dense(dim, 1)

    def construct(self, feats, pad_mask=None):
        s = self.score(feats).squeeze(-1)
        if pad_mask is not None:
            s = ops.masked_fill(s, pad_mask, -1e9)
        alpha = ops.softmax(s, -1)
        return ops.matmul(alpha.expand_dims(1), feats).squeeze(1)


def make():
    np.random.seed(29)
    feats = Tensor(np.random.randn(2, 7, 8).astype(np.float32))
    mask = np.zeros((2, 7), np.bool_)
    mask[0, 5:] = True
    return PointAttentionPool(), (feats, Tensor(mask))
