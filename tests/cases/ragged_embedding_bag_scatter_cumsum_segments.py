# case: embedding bag turning offsets into segment ids with scatter_nd + cumsum, num_bags from offsets.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OffsetsEmbeddingBag(nn.Cell):
    """torch.nn.EmbeddingBag(mode='sum'/'mean') look-alike for 1-D ids + offsets."""

    def __init__(self, num_embeddings=50, dim=4, mode="mean"):
        super().__init__()
        self.mode = mode
        self.table = nn.Embedding(num_embeddings, dim)

    def offsets_to_segments(self, offsets, total):
        starts = ops.scatter_nd(offsets[1:].view(-1, 1), ops.ones(offsets.shape[0] - 1, ms.int32), (total,))
        return ops.cumsum(starts, 0)

    def construct(self, ids, offsets):
        total = ids.shape[0]
        num_bags = offsets.shape[0]
        seg = self.offsets_to_segments(offsets, total)
        vecs = self.table(ids)
        pooled = ops.unsorted_segment_sum(vecs, seg, num_bags)
        if self.mode == "mean":
            counts = ops.unsorted_segment_sum(ops.ones((total, 1), ms.float32), seg, num_bags)
            pooled = pooled / ops.clamp(counts, min=1.0)
        return pooled


def make():
    np.random.seed(0)
    ids = Tensor(np.random.randint(0, 50, size=9).astype(np.int32))
    offsets = Tensor(np.array([0, 2, 6, 7], dtype=np.int32))
    return OffsetsEmbeddingBag(), (ids, offsets)
