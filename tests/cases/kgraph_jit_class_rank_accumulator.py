# case: link-prediction evaluator that accumulates MRR/hits in a jit_class object created and mutated inside construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RankStats:
    def __init__(self):
        self.rr_sum = Tensor(0.0, ms.float32)
        self.hits1 = Tensor(0.0, ms.float32)
        self.count = 0

    def add(self, rank):
        self.rr_sum = self.rr_sum + 1.0 / rank
        self.hits1 = self.hits1 + (rank <= 1.0).astype(ms.float32)
        self.count = self.count + 1


class DistMultEvaluator(nn.Cell):
    def __init__(self, num_entities=20, num_relations=4, dim=8):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)

    def construct(self, triples):
        stats = RankStats()
        all_scores = ops.matmul(self.ent(triples[:, 0]) * self.rel(triples[:, 1]),
                                self.ent.embedding_table.T)
        for i in range(triples.shape[0]):
            target = all_scores[i, triples[i, 2]]
            rank = (all_scores[i] > target).astype(ms.float32).sum() + 1.0
            stats.add(rank)
        return stats.rr_sum / stats.count, stats.hits1 / stats.count


def make():
    np.random.seed(18)
    triples = np.stack([np.random.randint(0, 20, 4), np.random.randint(0, 4, 4),
                        np.random.randint(0, 20, 4)], axis=1).astype(np.int32)
    return DistMultEvaluator(), (Tensor(triples),)
