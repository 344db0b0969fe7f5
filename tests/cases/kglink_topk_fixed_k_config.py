# case: top-k tail predictions with k taken from a config object at construction time -> static k, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EvalConfig:
    def __init__(self, top_k=5, dim=8):
        self.top_k = top_k
        self.dim = dim


class TailPredictor(nn.Cell):
    def __init__(self, num_entities, num_relations, cfg):
        super().__init__()
        self.ent = nn.Embedding(num_entities, cfg.dim)
        self.rel = nn.Embedding(num_relations, cfg.dim)
        self.top_k = cfg.top_k

    def construct(self, heads, rels):
        q = self.ent(heads) + self.rel(rels)
        table = self.ent.embedding_table
        dist = ops.abs(q.expand_dims(1) - table.expand_dims(0)).sum(axis=-1)
        top_scores, top_ids = ops.topk(-dist, self.top_k)
        return top_ids, top_scores


def make():
    np.random.seed(6)
    cfg = EvalConfig(top_k=3, dim=8)
    net = TailPredictor(20, 4, cfg)
    heads = Tensor(np.random.randint(0, 20, (5,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 4, (5,)).astype(np.int32))
    return net, (heads, rels)
