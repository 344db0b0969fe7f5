# case: search ranking suppresses duplicate item ids with a fixed-size pairwise equality mask (keep first occurrence) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DuplicateSuppressor(nn.Cell):
    """Keeps the first occurrence of each item id; later duplicates get a floor score."""

    def __init__(self, floor_score=-1e4):
        super().__init__()
        self.floor_score = floor_score

    def _first_occurrence_mask(self, item_ids):
        n = item_ids.shape[-1]
        same = ops.equal(item_ids.expand_dims(-1), item_ids.expand_dims(-2))
        earlier = ops.tril(ops.ones((n, n), ms.float32), diagonal=-1) > 0
        dup_of_earlier = ops.logical_and(same, earlier)
        return ops.logical_not(dup_of_earlier.any(axis=-1))

    def construct(self, scores, item_ids):
        keep = self._first_occurrence_mask(item_ids)
        floor = ops.full_like(scores, self.floor_score)
        return ops.select(keep, scores, floor), keep.astype(ms.int32).sum(axis=-1)


class DedupRanker(nn.Cell):
    def __init__(self, feat_dim=6):
        super().__init__()
        self.tower = nn.Dense(feat_dim, 1)
        self.suppress = DuplicateSuppressor()

    def construct(self, feats, item_ids):
        scores = self.tower(feats).squeeze(-1)
        scores, n_unique = self.suppress(scores, item_ids)
        return ops.log_softmax(scores, axis=-1), n_unique


def make():
    np.random.seed(3)
    feats = Tensor(np.random.randn(2, 6, 6).astype(np.float32))
    ids = Tensor(np.array([[1, 2, 1, 3, 2, 4], [5, 5, 6, 7, 8, 5]], dtype=np.int32))
    return DedupRanker(), (feats, ids)
