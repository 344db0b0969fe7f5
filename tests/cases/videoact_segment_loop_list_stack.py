# case: segment-based pooling loops over a configured number of segments, slicing equal-length chunks and stacking -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentPyramidPool(nn.Cell):
    """Temporal pyramid: pools the clip into 1, 2 and num_segments equal chunks and concatenates."""

    def __init__(self, feat_dim=8, levels=(1, 2, 4)):
        super().__init__()
        self.levels = levels
        self.proj = nn.Dense(feat_dim * sum(levels), 16)

    def pool_level(self, x, num_segments):
        t = x.shape[1]
        seg_len = t // num_segments
        pooled = []
        for i in range(num_segments):
            chunk = x[:, i * seg_len:(i + 1) * seg_len]
            pooled.append(chunk.max(axis=1))
        return ops.concat(pooled, axis=-1)

    def construct(self, x):
        # x: (B, T, C)
        feats = [self.pool_level(x, n) for n in self.levels]
        return self.proj(ops.concat(feats, axis=-1))


def make():
    np.random.seed(34)
    x = Tensor(np.random.randn(2, 8, 8).astype(np.float32))
    return SegmentPyramidPool(), (x,)
