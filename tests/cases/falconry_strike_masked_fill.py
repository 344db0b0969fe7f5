# case: strike-attention over video frames masks out frames flagged as motion-blurred with ops.masked_fill before softmax -> same-shape masking, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrikeAttention(nn.Cell):
    def __init__(self, feat_dim=24):
        super().__init__()
        self.score = nn.Dense(feat_dim, 1)
        self.classify = nn.Dense(feat_dim, 2)  # miss / strike

    def construct(self, frames, blurred):
        s = self.score(frames).squeeze(-1)
        s = ops.masked_fill(s, blurred, Tensor(-1e9, ms.float32))
        attn = ops.softmax(s, axis=-1)
        pooled = (attn.expand_dims(-1) * frames).sum(axis=0)
        return self.classify(pooled)


def make():
    np.random.seed(3210)
    frames = Tensor(np.random.randn(30, 24).astype(np.float32))
    blurred = Tensor(np.random.rand(30) > 0.7)
    return StrikeAttention(), (frames, blurred)
