# case: T5 relative position buckets with ops.log / where, sizes from query/key shapes -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def relative_position_bucket(relative_position, bidirectional=True, num_buckets=32, max_distance=128):
    ret = ops.zeros_like(relative_position)
    if bidirectional:
        num_buckets //= 2
        ret = ret + (relative_position > 0).astype(ms.int32) * num_buckets
        relative_position = ops.abs(relative_position)
    else:
        relative_position = -ops.minimum(relative_position, ops.zeros_like(relative_position))
    max_exact = num_buckets // 2
    is_small = relative_position < max_exact
    rp = relative_position.astype(ms.float32) / max_exact
    large = ops.log(rp + 1e-6) / math.log(max_distance / max_exact) * (num_buckets - max_exact)
    large = max_exact + large.astype(ms.int32)
    large = ops.minimum(large, ops.full_like(large, num_buckets - 1))
    return ret + ops.where(is_small, relative_position, large)


class T5RelativeBias(nn.Cell):
    def __init__(self, num_heads=2, num_buckets=16, max_distance=32, is_decoder=False):
        super().__init__()
        self.num_buckets = num_buckets
        self.max_distance = max_distance
        self.bidirectional = not is_decoder
        self.rel_embed = nn.Embedding(num_buckets, num_heads)

    def construct(self, query, key):
        qlen, klen = query.shape[1], key.shape[1]
        ctx = ops.arange(qlen, dtype=ms.int32).expand_dims(1)
        mem = ops.arange(klen, dtype=ms.int32).expand_dims(0)
        buckets = relative_position_bucket(mem - ctx, self.bidirectional, self.num_buckets, self.max_distance)
        return self.rel_embed(buckets).transpose(2, 0, 1).expand_dims(0)


def make():
    np.random.seed(22)
    q = Tensor(np.random.randn(1, 5, 4).astype(np.float32))
    k = Tensor(np.random.randn(1, 7, 4).astype(np.float32))
    return T5RelativeBias(), (q, k)
