# case: T5 relative position bias whose log-spaced buckets are computed with numpy on tensors -> compile error at line 27
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelativePositionBias(nn.Cell):
    def __init__(self, num_buckets=8, max_distance=16, num_heads=2, bidirectional=True):
        super().__init__()
        self.num_buckets = num_buckets
        self.max_distance = max_distance
        self.bidirectional = bidirectional
        self.bias = nn.Embedding(num_buckets, num_heads)

    def _bucket(self, relative_position):
        num_buckets = self.num_buckets
        ret = ops.zeros_like(relative_position)
        n = -relative_position
        if self.bidirectional:
            num_buckets //= 2
            ret = ret + (n < 0).astype(ms.int32) * num_buckets
            n = ops.abs(n)
        max_exact = num_buckets // 2
        is_small = n < max_exact
        n_f = n.astype(ms.float32)
        val_large = Tensor(np.log(n_f / max_exact + 1e-6), ms.float32) / math.log(self.max_distance / max_exact)
        val_large = max_exact + (val_large * (num_buckets - max_exact)).astype(ms.int32)
        val_large = ops.minimum(val_large, num_buckets - 1)
        return ret + ops.where(is_small, n, val_large)

    def construct(self, hidden):
        qlen = hidden.shape[1]
        pos = ops.arange(qlen, dtype=ms.int32)
        rel = pos.expand_dims(0) - pos.expand_dims(1)
        buckets = self._bucket(rel)
        return self.bias(buckets).transpose(2, 0, 1)


def make():
    np.random.seed(7)
    return RelativePositionBias(), (Tensor(np.random.randn(1, 6, 4).astype(np.float32)),)
