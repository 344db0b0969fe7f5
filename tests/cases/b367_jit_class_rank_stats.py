# case: evaluator accumulates rank statistics in an @ms.jit_class RankStats object that construct creates and then mutates attribute by attribute -> Graph mode may reject mutating the jit_class instance
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


@ms.jit_class
class RankStats:
    def __init__(self):
        self.count = 0
        self.reciprocal_sum = 0.0
        self.hits_at_10 = 0.0

    def update(self, ranks):
        self.count = self.count + ranks.shape[0]
        self.reciprocal_sum = self.reciprocal_sum + (1.0 / ranks).sum()
        self.hits_at_10 = self.hits_at_10 + (ranks <= 10).astype(ms.float32).sum()


class EvalConfig:
    def __init__(self, num_entities=32, num_relations=5, dim=8):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim


class StreamingEvaluator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ent = nn.Embedding(config.num_entities, config.dim)
        self.rel = nn.Embedding(config.num_relations, config.dim)

    def _ranks(self, h, r, t):
        scores = -ops.norm(self.ent(h)[:, None, :] + self.rel(r)[:, None, :] - self.ent.embedding_table[None], dim=-1)
        target = ops.gather_elements(scores, 1, t[:, None])
        return 1.0 + (scores > target).astype(ms.float32).sum(-1)

    def construct(self, h_batches, r_batches, t_batches):
        stats = RankStats()
        for i in range(h_batches.shape[0]):
            stats.update(self._ranks(h_batches[i], r_batches[i], t_batches[i]))
        return stats.reciprocal_sum / stats.count, stats.hits_at_10 / stats.count


def make():
    np.random.seed(3698)
    cfg = EvalConfig()
    nb, b = 3, 4
    return StreamingEvaluator(cfg), (
        Tensor(np.random.randint(0, cfg.num_entities, (nb, b)), ms.int32),
        Tensor(np.random.randint(0, cfg.num_relations, (nb, b)), ms.int32),
        Tensor(np.random.randint(0, cfg.num_entities, (nb, b)), ms.int32))
