# case: TransR scorer projecting head/tail into relation space with gathered per-relation matrices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore.common.initializer import initializer, Normal


class TransR(nn.Cell):
    def __init__(self, num_entities=30, num_relations=5, ent_dim=8, rel_dim=6, norm_proj=True):
        super().__init__()
        self.ent = nn.Embedding(num_entities, ent_dim)
        self.rel = nn.Embedding(num_relations, rel_dim)
        self.proj = ms.Parameter(initializer(Normal(0.1), (num_relations, ent_dim, rel_dim)), name="proj")
        self.norm_proj = norm_proj
        self.l2norm = ops.L2Normalize(axis=-1)

    def project(self, e, m):
        out = ops.bmm(e.expand_dims(1), m).squeeze(1)
        return self.l2norm(out) if self.norm_proj else out

    def construct(self, triples, neg_tails):
        r_ids = triples[:, 1]
        m = ops.gather(self.proj, r_ids, 0)
        h = self.project(self.ent(triples[:, 0]), m)
        t = self.project(self.ent(triples[:, 2]), m)
        r = self.rel(r_ids)
        pos = ops.norm(h + r - t, 2, -1)
        nt = self.project(self.ent(neg_tails), m)
        neg = ops.norm(h + r - nt, 2, -1)
        return ops.relu(1.0 + pos - neg).mean()


def make():
    np.random.seed(29)
    triples = np.stack([np.random.randint(0, 30, 6), np.random.randint(0, 5, 6),
                        np.random.randint(0, 30, 6)], axis=1).astype(np.int32)
    neg = np.random.randint(0, 30, 6).astype(np.int32)
    return TransR(), (Tensor(triples), Tensor(neg))
