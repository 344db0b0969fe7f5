# case: head/tail type constraints via per-relation domain and range masks gathered and applied with where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DomainRangeConstrainedScorer(nn.Cell):
    def __init__(self, num_entities=25, num_relations=4, dim=8, predict="tail", soft=False):
        super().__init__()
        np.random.seed(16)
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        dom = np.random.rand(num_relations, num_entities) < 0.6
        rng = np.random.rand(num_relations, num_entities) < 0.6
        self.domain_mask = ms.Parameter(Tensor(dom), requires_grad=False, name="domain_mask")
        self.range_mask = ms.Parameter(Tensor(rng), requires_grad=False, name="range_mask")
        self.predict = predict
        self.soft = soft

    def allowed(self, rels):
        table = self.range_mask if self.predict == "tail" else self.domain_mask
        return ops.gather(table, rels, 0)

    def construct(self, anchors, rels):
        query = self.ent(anchors) * self.rel(rels)
        scores = ops.matmul(query, self.ent.embedding_table.T)
        mask = self.allowed(rels)
        if self.soft:
            return scores + ops.log(mask.astype(ms.float32) * 0.99 + 0.01)
        floor = ops.full_like(scores, -1e4)
        return ops.where(mask, scores, floor)


def make():
    np.random.seed(17)
    anchors = np.random.randint(0, 25, 6).astype(np.int32)
    rels = np.random.randint(0, 4, 6).astype(np.int32)
    return DomainRangeConstrainedScorer(), (Tensor(anchors), Tensor(rels))
