# case: deduplicates ids at fixed size by sorting and masking repeats (no unique), then sum-pools distinct embeddings -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DistinctIdPooling(nn.Cell):
    """Set-semantics pooling: each distinct id in a row contributes once."""

    def __init__(self, vocab_size=16, dim=4, pad_id=0):
        super().__init__()
        self.pad_id = pad_id
        self.table = nn.Embedding(vocab_size, dim)

    def first_occurrence_mask(self, ids):
        sorted_ids, _ = ops.sort(ids.astype(ms.float32), axis=-1)
        sorted_ids = sorted_ids.astype(ms.int32)
        prev = ops.concat((ops.full((ids.shape[0], 1), -1, dtype=ms.int32), sorted_ids[:, :-1]), axis=1)
        keep = ops.logical_and(sorted_ids != prev, sorted_ids != self.pad_id)
        return sorted_ids, keep

    def construct(self, ids):
        sorted_ids, keep = self.first_occurrence_mask(ids)
        vecs = self.table(sorted_ids)
        vecs = vecs * keep.astype(ms.float32).expand_dims(-1)
        return vecs.sum(axis=1)


def make():
    np.random.seed(0)
    ids = Tensor(np.random.randint(0, 6, size=(3, 7)).astype(np.int32))
    return DistinctIdPooling(), (ids,)
