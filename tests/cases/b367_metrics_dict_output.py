# case: filtered-ranking evaluator returns its metrics as a dict keyed by metric name (mrr, hits@k built with a comprehension) -> Graph mode may or may not accept a dict output
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

HITS_AT = (1, 3, 10)


class EvalConfig:
    def __init__(self, num_entities=32, num_relations=5, dim=12, return_dict=True):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim
        self.return_dict = return_dict


class FilteredEvaluator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.ent = nn.Embedding(config.num_entities, config.dim)
        self.rel = nn.Embedding(config.num_relations, config.dim)

    def ranks(self, h, r, t, filter_mask):
        scores = ops.matmul(self.ent(h) * self.rel(r), self.ent.embedding_table.T)
        target = ops.gather_elements(scores, 1, t[:, None])
        scores = ops.masked_fill(scores, filter_mask, -1e9)
        return 1.0 + (scores > target).astype(ms.float32).sum(-1)

    def construct(self, h, r, t, filter_mask):
        rank = self.ranks(h, r, t, filter_mask)
        if self.return_dict:
            metrics = {"mrr": (1.0 / rank).mean()}
            metrics.update({"hits@%d" % k: (rank <= k).astype(ms.float32).mean() for k in HITS_AT})
            return metrics
        return (1.0 / rank).mean()


def make():
    np.random.seed(3692)
    cfg = EvalConfig()
    b = 6
    t = np.random.randint(0, cfg.num_entities, b)
    mask = np.random.rand(b, cfg.num_entities) < 0.15
    mask[np.arange(b), t] = False
    return FilteredEvaluator(cfg), (
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_relations, b), ms.int32),
        Tensor(t, ms.int32), Tensor(mask))
