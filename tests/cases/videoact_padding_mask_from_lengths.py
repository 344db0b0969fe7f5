# case: variable-length clips padded to T_max; mask built by arange < lengths and used for a masked mean -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def lengths_to_mask(lengths, max_len):
    steps = ops.arange(max_len, dtype=ms.int32).expand_dims(0)
    return steps < lengths.expand_dims(1)


class MaskedTemporalPool(nn.Cell):
    """Mean-pools frame features over the valid (non-padded) part of each clip."""

    def __init__(self, feat_dim=16, out_dim=8):
        super().__init__()
        self.proj = nn.Dense(feat_dim, out_dim)

    def construct(self, feats, lengths):
        # feats: (B, T, C), lengths: (B,) int32
        mask = lengths_to_mask(lengths, feats.shape[1]).astype(feats.dtype)
        h = ops.relu(self.proj(feats))
        summed = (h * mask.expand_dims(-1)).sum(axis=1)
        denom = ops.clamp(mask.sum(axis=1, keepdims=True), min=1.0)
        return summed / denom


def make():
    np.random.seed(23)
    feats = Tensor(np.random.randn(3, 7, 16).astype(np.float32))
    lengths = Tensor(np.array([7, 4, 2], dtype=np.int32))
    return MaskedTemporalPool(), (feats, lengths)
