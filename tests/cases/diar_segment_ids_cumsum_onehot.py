# case: turns a change-point mask into segment ids with cumsum and averages embeddings per segment via one_hot with a fixed maximum segment count -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentAverager(nn.Cell):
    def __init__(self, max_segments=8):
        super().__init__()
        self.max_segments = max_segments
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, emb, change_mask):
        # emb: (T, D), change_mask: (T,) int32, 1 where a new segment starts
        seg_id = ops.cumsum(change_mask, axis=0)
        seg_id = ops.clamp(seg_id, max=self.max_segments - 1)
        onehot = ops.one_hot(seg_id, self.max_segments, self.on, self.off)
        sums = ops.matmul(onehot.T, emb)
        counts = onehot.sum(axis=0).expand_dims(-1)
        seg_emb = sums / ops.clamp(counts, min=1.0)
        valid = counts.squeeze(-1) > 0
        return seg_emb, valid


def make():
    np.random.seed(32)
    emb = Tensor(np.random.randn(16, 6).astype(np.float32))
    change = np.zeros(16, dtype=np.int32)
    change[[4, 9, 13]] = 1
    return SegmentAverager(), (emb, Tensor(change))
