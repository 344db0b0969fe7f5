# case: margin ranking training step converts the loss with float() and prints an f-string with it inside construct -> host conversion of a tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MarginTrainCell(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8, margin=1.0, verbose=True):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.margin = margin
        self.verbose = verbose

    def dist(self, h, r, t):
        return ops.abs(self.ent(h) + self.rel(r) - self.ent(t)).sum(axis=-1)

    def construct(self, heads, rels, tails, neg_tails):
        pos = self.dist(heads, rels, tails)
        neg = self.dist(heads, rels, neg_tails)
        loss = ops.relu(self.margin + pos - neg).mean()
        if self.verbose:
            value = float(loss)
            print(f"margin loss = {value:.4f}")
        return loss


def make():
    np.random.seed(24)
    net = MarginTrainCell(30, 4)
    heads = Tensor(np.random.randint(0, 30, (8,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 4, (8,)).astype(np.int32))
    tails = Tensor(np.random.randint(0, 30, (8,)).astype(np.int32))
    negs = Tensor(np.random.randint(0, 30, (8,)).astype(np.int32))
    return net, (heads, rels, tails, negs)
