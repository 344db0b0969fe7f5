# case: re-ranking loop accumulates candidates in a @ms.jit_class pool object whose tensor fields are reassigned (and grow) in a loop -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class CandidatePool:
    def __init__(self, ids, scores):
        self.ids = ids
        self.scores = scores

    def add(self, ids, scores):
        self.ids = ops.concat([self.ids, ids])
        self.scores = ops.concat([self.scores, scores])

    def best(self, k):
        top_s, pos = ops.topk(self.scores, k)
        return ops.gather(self.ids, pos, 0), top_s


class ShardedRetriever(nn.Cell):
    def __init__(self, num_shards=3, per_shard_k=2, final_k=3):
        super().__init__()
        self.num_shards = num_shards
        self.per_shard_k = per_shard_k
        self.final_k = final_k

    def construct(self, query, shards, shard_ids):
        pool = CandidatePool(ops.zeros(0, ms.int32), ops.zeros(0, ms.float32))
        for s in range(self.num_shards):
            scores = ops.matmul(shards[s], query)
            top_s, top_i = ops.topk(scores, self.per_shard_k)
            pool.add(ops.gather(shard_ids[s], top_i, 0), top_s)
        return pool.best(self.final_k)


def make():
    np.random.seed(19)
    q = Tensor(np.random.randn(8).astype(np.float32))
    shards = Tensor(np.random.randn(3, 10, 8).astype(np.float32))
    ids = Tensor(np.arange(30, dtype=np.int32).reshape(3, 10))
    return ShardedRetriever(), (q, shards, ids)
