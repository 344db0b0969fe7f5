# case: mean-pools padded clip features using a mask built from arange < lengths and multiplied in -> fixed-size mask, static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedTemporalPool(nn.Cell):
    def __init__(self, in_dim=42, hid=16):
        super().__init__()
        self.proj = nn.Dense(in_dim, hid)

    def length_mask(self, lengths, max_len):
        steps = ops.arange(max_len).reshape(1, -1)
        return (steps < lengths.reshape(-1, 1)).astype(ms.float32)

    def construct(self, feats, lengths):
        # feats: (B, T, 42), lengths: (B,)
        h = self.proj(feats)
        mask = self.length_mask(lengths, feats.shape[1]).expand_dims(-1)
        summed = (h * mask).sum(axis=1)
        denom = ops.clamp(mask.sum(axis=1), min=1.0)
        return summed / denom


def make():
    np.random.seed(30)
    feats = Tensor(np.random.randn(3, 8, 42).astype(np.float32))
    lengths = Tensor(np.array([8, 5, 3], np.int32))
    return MaskedTemporalPool(), (feats, lengths)
