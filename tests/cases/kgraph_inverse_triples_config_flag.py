# case: training step that appends reciprocal triples when a constructor flag (default on) is set -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReciprocalDistMult(nn.Cell):
    def __init__(self, num_entities=30, num_relations=4, dim=8, add_reciprocal=True, n3_weight=0.0):
        super().__init__()
        self.num_relations = num_relations
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(2 * num_relations, dim)
        self.add_reciprocal = add_reciprocal
        self.n3_weight = n3_weight

    def reciprocal(self, triples):
        h, r, t = ops.split(triples, 1, axis=1)
        return ops.concat((t, r + self.num_relations, h), axis=1)

    def construct(self, triples):
        batch = triples
        if self.add_reciprocal:
            batch = ops.concat((triples, self.reciprocal(triples)), axis=0)
        h = self.ent(batch[:, 0])
        r = self.rel(batch[:, 1])
        logits = ops.matmul(h * r, self.ent.embedding_table.T)
        loss = ops.cross_entropy(logits, batch[:, 2])
        if self.n3_weight > 0:
            loss = loss + self.n3_weight * (ops.abs(h) ** 3).sum() / batch.shape[0]
        return loss


def make():
    np.random.seed(28)
    triples = np.stack([np.random.randint(0, 30, 5), np.random.randint(0, 4, 5),
                        np.random.randint(0, 30, 5)], axis=1).astype(np.int32)
    return ReciprocalDistMult(), (Tensor(triples),)
