# case: diversity filtering keeps at most one top-uncertainty candidate per prototype cluster, tracking seen cluster ids in a Python set via int() of tensor values -> set and int() of tensor data in construct, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClusterDiverseQuery(nn.Cell):
    def __init__(self, num_candidates=8):
        super().__init__()
        self.num_candidates = num_candidates

    def nearest_prototype(self, feats, prototypes):
        d = ((feats.expand_dims(1) - prototypes.expand_dims(0)) ** 2).sum(axis=-1)
        return d.argmin(axis=1)

    def construct(self, feats, prototypes, scores):
        _, cand = ops.topk(scores, self.num_candidates)
        cluster_of = self.nearest_prototype(feats, prototypes)
        seen = set()
        kept = []
        for j in range(self.num_candidates):
            c = int(cluster_of[cand[j]])
            if c not in seen:
                seen.add(c)
                kept.append(cand[j])
        return ops.stack(kept)


def make():
    np.random.seed(15)
    feats = Tensor(np.random.randn(20, 4).astype(np.float32))
    protos = Tensor(np.random.randn(4, 4).astype(np.float32))
    scores = Tensor(np.random.rand(20).astype(np.float32))
    return ClusterDiverseQuery(), (feats, protos, scores)
