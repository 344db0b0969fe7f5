# case: clip encoder trims padded frames by slicing to the valid length computed from the padding mask (mask.sum()) before temporal pooling -> slice bound from tensor value, dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipEncoderConfig:
    def __init__(self, dim=16, trim_padding=True, pool="mean"):
        self.dim = dim
        self.trim_padding = trim_padding
        self.pool = pool


def valid_length(frame_mask):
    return frame_mask.astype(ms.int32).sum()


class PaddedClipEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.frame_proj = nn.Dense(config.dim, config.dim)
        self.trim_padding = config.trim_padding
        self.pool = config.pool

    def construct(self, frame_feats, frame_mask=None):
        # frame_feats: (T, D) for one clip, frame_mask: (T,) with padding at the end
        h = ops.gelu(self.frame_proj(frame_feats))
        if self.trim_padding and frame_mask is not None:
            n = valid_length(frame_mask)
            h = h[:n]
        if self.pool == "mean":
            return h.mean(axis=0)
        return h.max(axis=0)


def make():
    np.random.seed(128)
    feats = Tensor(np.random.randn(10, 16).astype(np.float32))
    mask = Tensor(np.array([1] * 7 + [0] * 3, dtype=np.bool_))
    return PaddedClipEncoder(ClipEncoderConfig()), (feats, mask)
