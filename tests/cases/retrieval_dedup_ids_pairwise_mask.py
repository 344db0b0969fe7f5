# case: deduplicates retrieved ids with a fixed-size pairwise-equality upper-triangular mask and pushes duplicates to the bottom before topk -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def first_occurrence_mask(ids):
    n = ids.shape[-1]
    eq = ids.reshape(-1, n, 1) == ids.reshape(-1, 1, n)
    earlier = ops.tril(ops.ones((n, n), ms.float32), diagonal=-1).astype(ms.bool_)
    dup = ops.logical_and(eq, earlier.reshape(1, n, n)).any(axis=-1)
    return ops.logical_not(dup)


class DedupTopK(nn.Cell):
    def __init__(self, final_k=4, penalty=-1e9):
        super().__init__()
        self.final_k = final_k
        self.penalty = penalty

    def construct(self, retrieved_ids, retrieved_scores):
        keep = first_occurrence_mask(retrieved_ids)
        scores = ops.select(keep, retrieved_scores, ops.full_like(retrieved_scores, self.penalty))
        top_scores, pos = ops.topk(scores, self.final_k)
        top_ids = ops.gather_elements(retrieved_ids, 1, pos)
        return top_ids, top_scores, keep.astype(ms.int32).sum(axis=-1)


def make():
    np.random.seed(24)
    ids = Tensor(np.array([[3, 5, 3, 8, 5, 1, 9, 2], [4, 4, 4, 7, 0, 6, 6, 2]], dtype=np.int32))
    scores = Tensor(np.random.rand(2, 8).astype(np.float32))
    return DedupTopK(), (ids, scores)
