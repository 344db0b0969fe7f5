# case: training step that appends inverse triples only when the batch carries an inverse flag tensor set -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InverseAugmentedDistMult(nn.Cell):
    def __init__(self, num_entities=30, num_relations=4, dim=8):
        super().__init__()
        self.num_relations = num_relations
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(2 * num_relations, dim)

    def inverse(self, triples):
        h, r, t = triples[:, 0:1], triples[:, 1:2], triples[:, 2:3]
        return ops.concat((t, r + self.num_relations, h), axis=1)

    def score(self, triples):
        return (self.ent(triples[:, 0]) * self.rel(triples[:, 1]) * self.ent(triples[:, 2])).sum(-1)

    def construct(self, triples, add_inverse):
        batch = triples
        if add_inverse.any():
            batch = ops.concat((triples, self.inverse(triples)), axis=0)
        scores = self.score(batch)
        return -ops.log(ops.sigmoid(scores)).mean(), scores


def make():
    np.random.seed(27)
    triples = np.stack([np.random.randint(0, 30, 5), np.random.randint(0, 4, 5),
                        np.random.randint(0, 30, 5)], axis=1).astype(np.int32)
    flags = np.array([False, True, False, False, False])
    return InverseAugmentedDistMult(), (Tensor(triples), Tensor(flags))
