# case: ragged feature pooler that stores the last batch's offsets and row counts on self for later inspection -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OffsetPooler(nn.Cell):
    """Sum-pools a flat id list into bags (via offsets -> segment ids) and remembers bag sizes."""

    def __init__(self, vocab_size=30, dim=4, num_bags=3, track_stats=True):
        super().__init__()
        self.num_bags = num_bags
        self.track_stats = track_stats
        self.embed = nn.Embedding(vocab_size, dim)
        self.last_bag_sizes = None

    def segment_ids(self, offsets, total):
        positions = ops.arange(total, dtype=ms.int32)
        return ops.searchsorted(offsets, positions, right=True).astype(ms.int32) - 1

    def construct(self, flat_ids, offsets):
        total = flat_ids.shape[0]
        seg = self.segment_ids(offsets, total)
        vecs = self.embed(flat_ids)
        pooled = ops.unsorted_segment_sum(vecs, seg, self.num_bags)
        if self.track_stats:
            ones = ops.ones((total,), ms.float32)
            self.last_bag_sizes = ops.unsorted_segment_sum(ones, seg, self.num_bags)
        return pooled


def make():
    np.random.seed(0)
    ids = Tensor(np.random.randint(0, 30, size=8).astype(np.int32))
    offsets = Tensor(np.array([0, 3, 4], dtype=np.int32))
    return OffsetPooler(), (ids, offsets)
