# case: looks up candidate tail embeddings inside try/except, falling back to a default entity on an out-of-range error -> try statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeTailScorer(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8, unk_id=0):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.unk_id = unk_id

    def lookup(self, ids):
        try:
            return self.ent(ids)
        except (IndexError, RuntimeError):
            return self.ent(ops.zeros_like(ids) + self.unk_id)

    def construct(self, head, rel, candidates):
        q = self.ent(head) + self.rel(rel)
        cand = self.lookup(candidates)
        return -ops.abs(cand - q).sum(axis=-1)


def make():
    np.random.seed(31)
    net = SafeTailScorer(20, 3)
    head = Tensor(np.array(1, dtype=np.int32))
    rel = Tensor(np.array(2, dtype=np.int32))
    cands = Tensor(np.random.randint(0, 20, (6,)).astype(np.int32))
    return net, (head, rel, cands)
