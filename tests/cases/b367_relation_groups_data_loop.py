# case: relation-grouped scorer loops over the number of distinct relations present in the batch (int of a tensor), growing a list of per-group score tensors -> Graph mode should fail on the data-dependent loop count
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class GroupConfig:
    def __init__(self, num_entities=40, num_relations=6, dim=8, share_projection=False):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim
        self.share_projection = share_projection


class RelationProjection(nn.Cell):
    def __init__(self, config):
        super().__init__()
        n = 1 if config.share_projection else config.num_relations
        self.proj = Parameter(Tensor(np.stack([np.eye(config.dim, dtype=np.float32)] * n)), name="proj")

    def construct(self, x, rel_id):
        return ops.matmul(x, self.proj[rel_id])


class GroupedTransR(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ent = nn.Embedding(config.num_entities, config.dim)
        self.rel = nn.Embedding(config.num_relations, config.dim)
        self.projection = RelationProjection(config)

    def construct(self, h, t, group_rel, group_size):
        # triples arrive sorted by relation; group_rel lists the relation of each group, group_size its length
        num_groups = int((group_size > 0).astype(ms.int32).sum())
        he, te = self.ent(h), self.ent(t)
        scores = []
        start = 0
        for g in range(num_groups):
            n = group_size[g]
            rel_id = group_rel[g]
            hp = self.projection(he[start:start + n], rel_id)
            tp = self.projection(te[start:start + n], rel_id)
            scores.append(-ops.norm(hp + self.rel(rel_id) - tp, dim=-1))
            start = start + n
        return ops.concat(scores)


def make():
    np.random.seed(3695)
    cfg = GroupConfig()
    sizes = np.array([3, 2, 4, 0, 0, 0])
    n = int(sizes.sum())
    return GroupedTransR(cfg), (
        Tensor(np.random.randint(0, cfg.num_entities, n), ms.int32),
        Tensor(np.random.randint(0, cfg.num_entities, n), ms.int32),
        Tensor(np.array([0, 2, 5, 0, 0, 0]), ms.int32), Tensor(sizes, ms.int32))
