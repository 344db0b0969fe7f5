# case: relative position buckets computed with a NumPy helper (np.log/np.where on tensors) inside construct -> compile error at line 9
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def _log_bucket(distance, num_buckets, max_distance):
    max_exact = num_buckets // 2
    d = np.abs(distance)
    large = max_exact + (np.log(np.maximum(d, 1) / max_exact) / np.log(max_distance / max_exact)
                         * (num_buckets - max_exact)).astype(np.int32)
    large = np.minimum(large, num_buckets - 1)
    return np.where(d < max_exact, d, large)


class RelPosBias(nn.Cell):
    def __init__(self, num_heads=2, num_buckets=16, max_distance=64):
        super().__init__()
        self.table = nn.Embedding(num_buckets, num_heads)
        self.num_buckets = num_buckets
        self.max_distance = max_distance

    def construct(self, scores, position_ids):
        rel = position_ids.expand_dims(1) - position_ids.expand_dims(2)
        buckets = Tensor(_log_bucket(rel, self.num_buckets, self.max_distance), ms.int32)
        bias = self.table(buckets).transpose(0, 3, 1, 2)
        return ops.softmax(scores + bias, -1)


def make():
    np.random.seed(0)
    scores = Tensor(np.random.randn(2, 2, 6, 6).astype(np.float32))
    pos = Tensor(np.tile(np.arange(6, dtype=np.int32), (2, 1)))
    return RelPosBias(), (scores, pos)
