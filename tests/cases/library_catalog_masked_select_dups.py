# case: pull out only the similarity scores above the merge threshold with ops.masked_select for a dedup review queue -> output length depends on data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MergeQueue(nn.Cell):
    def __init__(self, feat_dim=40, merge_threshold=0.5):
        super().__init__()
        self.encoder = nn.SequentialCell(nn.Dense(feat_dim, 32), nn.Tanh(), nn.Dense(32, 16))
        self.merge_threshold = merge_threshold

    def similarity(self, recs):
        z = self.encoder(recs)
        z = z / ops.norm(z, dim=1, keepdim=True)
        return ops.matmul(z, z.T)

    def construct(self, records):
        sim = self.similarity(records)
        upper = ops.triu(ops.ones_like(sim), 1) > 0
        candidates = ops.logical_and(sim > self.merge_threshold, upper)
        queue_scores = ops.masked_select(sim, candidates)
        return queue_scores, queue_scores.mean()


def make():
    np.random.seed(23)
    recs = Tensor(np.random.randn(20, 40).astype(np.float32))
    return MergeQueue(), (recs,)
