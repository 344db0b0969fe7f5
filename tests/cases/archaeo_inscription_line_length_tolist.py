# case: inscription line batch trimmed to the longest inked line, with lengths read through .tolist() and max() and used as a slice bound -> error or dynamic shape from host round trip
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InkedLineTrimmer(nn.Cell):
    def __init__(self, ink_level=0.5, feat_dim=8):
        super().__init__()
        self.ink_level = ink_level
        self.proj = nn.Dense(feat_dim, feat_dim)

    def construct(self, columns, ink):
        inked = (ink > self.ink_level).astype(ms.int32)
        lengths = inked.sum(axis=1).tolist()
        max_len = max(lengths)
        trimmed = columns[:, :max_len, :]
        return self.proj(trimmed)


def make():
    np.random.seed(51)
    cols = Tensor(np.random.randn(3, 12, 8).astype(np.float32))
    ink = Tensor(np.random.rand(3, 12).astype(np.float32))
    return InkedLineTrimmer(), (cols, ink)
