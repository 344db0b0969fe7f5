# case: caches projected relation embeddings in a dict attribute keyed by relation id read with int() from the tensor -> dict mutation on self with tensor-derived keys
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CachedRelationProjector(nn.Cell):
    def __init__(self, num_relations, dim=8):
        super().__init__()
        self.rel = nn.Embedding(num_relations, dim)
        self.proj = nn.Dense(dim, dim)
        self.cache = {}

    def projected(self, rel_id):
        key = int(rel_id)
        if key not in self.cache:
            self.cache[key] = self.proj(self.rel(rel_id))
        return self.cache[key]


class QueryEncoder(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel_proj = CachedRelationProjector(num_relations, dim)

    def construct(self, head, rel):
        return self.ent(head) + self.rel_proj.projected(rel)


def make():
    np.random.seed(25)
    net = QueryEncoder(20, 5)
    return net, (Tensor(np.array(3, dtype=np.int32)), Tensor(np.array(2, dtype=np.int32)))
