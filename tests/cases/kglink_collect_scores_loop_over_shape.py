# case: loops over range(heads.shape[0]) computing each query's nearest tail and stacking the results -> loop count is static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NearestTail(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)

    def nearest(self, head, rel):
        q = self.ent(head) + self.rel(rel)
        d = ops.abs(self.ent.embedding_table - q).sum(axis=-1)
        return ops.argmin(d)

    def construct(self, heads, rels):
        out = []
        for i in range(heads.shape[0]):
            out.append(self.nearest(heads[i], rels[i]))
        return ops.stack(out)


def make():
    np.random.seed(29)
    net = NearestTail(20, 4)
    heads = Tensor(np.random.randint(0, 20, (5,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 4, (5,)).astype(np.int32))
    return net, (heads, rels)
