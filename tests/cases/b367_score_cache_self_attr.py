# case: ComplEx scorer caches the latest all-entity score matrix on self when config.use_cache is on (the default) -> Graph mode may reject writing a non-Parameter attribute in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ComplExConfig:
    def __init__(self, num_entities=36, num_relations=6, rank=8, use_cache=True, init_scale=1e-2):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.rank = rank
        self.use_cache = use_cache
        self.init_scale = init_scale


class ComplExScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.rank = config.rank
        self.use_cache = config.use_cache
        self._cached_scores = None
        self._init_tables(config)

    def _init_tables(self, config):
        s = config.init_scale
        self.ent = Parameter(Tensor(np.random.randn(config.num_entities, 2 * config.rank).astype(np.float32) * s), name="ent")
        self.rel = Parameter(Tensor(np.random.randn(config.num_relations, 2 * config.rank).astype(np.float32) * s), name="rel")

    def _split(self, x):
        return x[..., :self.rank], x[..., self.rank:]

    def construct(self, h, r):
        h_re, h_im = self._split(ops.gather(self.ent, h, 0))
        r_re, r_im = self._split(ops.gather(self.rel, r, 0))
        e_re, e_im = self._split(self.ent)
        q_re = h_re * r_re - h_im * r_im
        q_im = h_re * r_im + h_im * r_re
        scores = ops.matmul(q_re, e_re.T) + ops.matmul(q_im, e_im.T)
        if self.use_cache:
            self._cached_scores = scores
        return scores


def make():
    np.random.seed(3679)
    cfg = ComplExConfig()
    h = Tensor(np.random.randint(0, cfg.num_entities, 5), ms.int32)
    r = Tensor(np.random.randint(0, cfg.num_relations, 5), ms.int32)
    return ComplExScorer(cfg), (h, r)
