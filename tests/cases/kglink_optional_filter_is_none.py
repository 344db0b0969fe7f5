# case: ranking cell takes an optional filter mask and applies it only when it is not None, with a Python bool flag for head/tail prediction -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BidirectionalRanker(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8, predict_head=False):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.predict_head = predict_head

    def all_scores(self, anchors, rels):
        r = self.rel(rels)
        if self.predict_head:
            r = -r
        q = self.ent(anchors) + r
        diff = q.expand_dims(1) - self.ent.embedding_table.expand_dims(0)
        return -ops.abs(diff).sum(axis=-1)

    def construct(self, anchors, rels, targets, filter_mask=None):
        scores = self.all_scores(anchors, rels)
        target = ops.gather_elements(scores, 1, targets.reshape(-1, 1))
        if filter_mask is not None:
            scores = scores - filter_mask.astype(ms.float32) * 1e6
        return (scores > target).astype(ms.int32).sum(axis=1) + 1


def make():
    np.random.seed(38)
    net = BidirectionalRanker(18, 3, predict_head=True)
    anchors = Tensor(np.random.randint(0, 18, (4,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 3, (4,)).astype(np.int32))
    targets = Tensor(np.random.randint(0, 18, (4,)).astype(np.int32))
    mask = Tensor(np.random.rand(4, 18) < 0.2)
    return net, (anchors, rels, targets, mask)
