# case: batched filtered MRR / Hits@k evaluator that pushes known true tails to -inf with three-argument ops.where and counts hits against a config k -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

NEG_INF = -1e9


class RankingConfig:
    def __init__(self, num_entities=48, num_relations=8, embedding_dim=16, ks=(1, 3, 10), return_dict=False):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.embedding_dim = embedding_dim
        self.ks = ks
        self.return_dict = return_dict


class DistMultRanker(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ks = tuple(config.ks)
        self.return_dict = config.return_dict
        ent = np.random.normal(0, 0.1, (config.num_entities, config.embedding_dim)).astype(np.float32)
        rel = np.random.normal(0, 0.1, (config.num_relations, config.embedding_dim)).astype(np.float32)
        self.ent = Parameter(Tensor(ent), name="ent")
        self.rel = Parameter(Tensor(rel), name="rel")

    def _scores(self, h, r):
        q = ops.gather(self.ent, h, 0) * ops.gather(self.rel, r, 0)
        return ops.matmul(q, self.ent.T)

    def construct(self, h, r, t, known_mask):
        scores = self._scores(h, r)
        true_score = ops.gather_elements(scores, 1, t.reshape(-1, 1))
        filt = ops.where(known_mask, ops.full_like(scores, NEG_INF), scores)
        rank = (filt > true_score).astype(ms.float32).sum(axis=1) + 1.0
        mrr = (1.0 / rank).mean()
        hits = tuple((rank <= k).astype(ms.float32).mean() for k in self.ks)
        return (mrr,) + hits


def make():
    np.random.seed(3672)
    cfg = RankingConfig()
    b = 8
    h = Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32)
    r = Tensor(np.random.randint(0, cfg.num_relations, b), ms.int32)
    t_np = np.random.randint(0, cfg.num_entities, b)
    mask = np.random.rand(b, cfg.num_entities) < 0.1
    mask[np.arange(b), t_np] = False
    return DistMultRanker(cfg), (h, r, Tensor(t_np, ms.int32), Tensor(mask))
