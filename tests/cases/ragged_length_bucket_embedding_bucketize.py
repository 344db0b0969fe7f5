# case: adds a learned length-bucket embedding, bucket from ops.bucketize with boundaries fixed in config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LengthBucketFeatures(nn.Cell):
    """Bucketed sequence length as an extra categorical feature (like length bucketing in data loaders)."""

    def __init__(self, dim=6, boundaries=(4.0, 8.0, 16.0, 32.0)):
        super().__init__()
        self.boundaries = list(boundaries)
        self.bucket_embed = nn.Embedding(len(boundaries) + 1, dim)
        self.mix = nn.Dense(2 * dim, dim)

    def length_bucket(self, lengths):
        return ops.bucketize(lengths.astype(ms.float32), self.boundaries).astype(ms.int32)

    def construct(self, pooled, lengths):
        bucket = self.length_bucket(lengths)
        feat = self.bucket_embed(bucket)
        return self.mix(ops.concat((pooled, feat), axis=-1))


def make():
    np.random.seed(0)
    pooled = Tensor(np.random.randn(4, 6).astype(np.float32))
    lengths = Tensor(np.array([3, 9, 40, 16], dtype=np.int32))
    return LengthBucketFeatures(), (pooled, lengths)
