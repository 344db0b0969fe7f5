# case: gathers embeddings of the known true tails of a query found with nonzero on a multi-hot label row -> nonzero output is data-dependent
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrueTailCentroid(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)

    def true_tail_ids(self, label_row):
        return ops.nonzero(label_row).reshape(-1).astype(ms.int32)

    def construct(self, head, rel, label_row):
        ids = self.true_tail_ids(label_row)
        centroid = self.ent(ids).mean(axis=0)
        pred = self.ent(head) + self.rel(rel)
        return ops.abs(pred - centroid).sum()


def make():
    np.random.seed(9)
    num_ent = 16
    net = TrueTailCentroid(num_ent, 3)
    label = np.zeros(num_ent, dtype=np.float32)
    label[[1, 5, 12]] = 1.0
    return net, (Tensor(np.array(0, dtype=np.int32)), Tensor(np.array(2, dtype=np.int32)), Tensor(label))
