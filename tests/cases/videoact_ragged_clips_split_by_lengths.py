# case: packed frames of several videos are split back into per-video chunks with split sizes taken from lengths.tolist() -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PackedVideoPooler(nn.Cell):
    """Frames of a batch of videos are packed along T (no padding); pools each video separately."""

    def __init__(self, feat_dim=12, out_dim=6, pooling="mean"):
        super().__init__()
        self.proj = nn.Dense(feat_dim, out_dim)
        self.pooling = pooling

    def pool_one(self, chunk):
        if self.pooling == "max":
            return chunk.max(axis=0)
        return chunk.mean(axis=0)

    def construct(self, packed, lengths):
        h = ops.relu(self.proj(packed))
        chunks = ops.split(h, lengths.tolist(), axis=0)
        pooled = [self.pool_one(c) for c in chunks]
        return ops.stack(pooled, axis=0)


def make():
    np.random.seed(18)
    packed = Tensor(np.random.randn(11, 12).astype(np.float32))
    lengths = Tensor(np.array([3, 5, 3], dtype=np.int32))
    return PackedVideoPooler(), (packed, lengths)
