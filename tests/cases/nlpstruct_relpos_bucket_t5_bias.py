# case: T5 relative position buckets (log-spaced, bidirectional flag) turned into an attention bias -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def relative_position_bucket(relative_position, bidirectional=True, num_buckets=32, max_distance=128):
    ret = ops.zeros_like(relative_position)
    n = -relative_position
    if bidirectional:
        num_buckets //= 2
        ret = ret + (n < 0).astype(ms.int32) * num_buckets
        n = ops.abs(n)
    else:
        n = ops.maximum(n, ops.zeros_like(n))
    max_exact = num_buckets // 2
    is_small = n < max_exact
    nf = ops.maximum(n.astype(ms.float32), ops.ones((), ms.float32))
    val_if_large = max_exact + (ops.log(nf / max_exact) / math.log(max_distance / max_exact)
                                * (num_buckets - max_exact)).astype(ms.int32)
    val_if_large = ops.minimum(val_if_large, ops.full_like(val_if_large, num_buckets - 1))
    return ret + ops.where(is_small, n, val_if_large)


class RelativeAttentionBias(nn.Cell):
    def __init__(self, num_heads=4, num_buckets=32, max_distance=128, bidirectional=True):
        super().__init__()
        self.bias = nn.Embedding(num_buckets, num_heads)
        self.num_buckets = num_buckets
        self.max_distance = max_distance
        self.bidirectional = bidirectional

    def construct(self, query_states, key_states):
        q_len, k_len = query_states.shape[1], key_states.shape[1]
        ctx = ops.arange(q_len, dtype=ms.int32).expand_dims(1)
        mem = ops.arange(k_len, dtype=ms.int32).expand_dims(0)
        buckets = relative_position_bucket(mem - ctx, self.bidirectional, self.num_buckets, self.max_distance)
        values = self.bias(buckets)
        return values.transpose(2, 0, 1).expand_dims(0)


def make():
    np.random.seed(0)
    q = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    k = Tensor(np.random.randn(2, 9, 8).astype(np.float32))
    return RelativeAttentionBias(), (q, k)
