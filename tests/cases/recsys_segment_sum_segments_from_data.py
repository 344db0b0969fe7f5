# case: multi-hot feature pooling with unsorted_segment_sum where the number of bags is taken from the last segment id in the data -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentPooling(nn.Cell):
    """Pools a ragged multi-hot field given as (values, segment_ids) into one vector per example."""

    def __init__(self, vocab_size=80, dim=8, combiner="mean"):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, dim)
        self.combiner = combiner

    def construct(self, values, segment_ids):
        emb = self.embedding(values)
        num_segments = segment_ids[-1] + 1
        pooled = ops.unsorted_segment_sum(emb, segment_ids, num_segments)
        if self.combiner == "mean":
            ones = ops.ones_like(segment_ids).astype(ms.float32)
            counts = ops.unsorted_segment_sum(ones, segment_ids, num_segments)
            pooled = pooled / counts.clip(1.0, None).expand_dims(-1)
        return pooled


class TagTower(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.pool = SegmentPooling(dim=dim)
        self.out = nn.Dense(dim, 4)

    def construct(self, values, segment_ids):
        return self.out(self.pool(values, segment_ids))


def make():
    np.random.seed(7)
    values = Tensor(np.random.randint(0, 80, size=(9,)).astype(np.int32))
    seg = Tensor(np.array([0, 0, 1, 2, 2, 2, 3, 4, 4], dtype=np.int32))
    return TagTower(), (values, seg)
