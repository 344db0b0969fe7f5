# case: GraphSAGE-style KG encoder over pre-sampled fixed-fanout neighbour index tensors with padding mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FanoutKGEncoder(nn.Cell):
    def __init__(self, num_entities=40, num_relations=5, dim=8, fanout=4, pad_id=0, agg="mean"):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.fanout = fanout
        self.pad_id = pad_id
        self.agg = agg
        self.lin = nn.Dense(2 * dim, dim)

    def aggregate(self, nbr_emb, mask):
        if self.agg == "mean":
            s = (nbr_emb * mask).sum(1)
            return s / ops.clamp(mask.sum(1), min=1.0)
        neg = ops.full_like(nbr_emb, -1e9)
        return ops.where(mask > 0, nbr_emb, neg).max(axis=1)

    def construct(self, ent_ids, nbr_ids, nbr_rels):
        nbr_ids = nbr_ids[:, :self.fanout]
        nbr_rels = nbr_rels[:, :self.fanout]
        mask = (nbr_ids != self.pad_id).astype(ms.float32).expand_dims(-1)
        msg = self.ent(nbr_ids) * self.rel(nbr_rels)
        ctx = self.aggregate(msg, mask)
        h = self.lin(ops.concat((self.ent(ent_ids), ctx), axis=-1))
        return ops.L2Normalize(axis=-1)(ops.relu(h))


def make():
    np.random.seed(38)
    ids = np.random.randint(1, 40, 5).astype(np.int32)
    nbrs = np.random.randint(0, 40, (5, 6)).astype(np.int32)
    rels = np.random.randint(0, 5, (5, 6)).astype(np.int32)
    return FanoutKGEncoder(), (Tensor(ids), Tensor(nbrs), Tensor(rels))
