# case: Bernoulli negative sampler decides per triple whether to corrupt head or tail and swaps in random entities with ops.select -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SamplerConfig:
    def __init__(self, num_entities=50, num_relations=7, dim=16, margin=4.0, p_norm=2):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim
        self.margin = margin
        self.p_norm = p_norm


def translational_score(h, r, t, p_norm):
    return -ops.norm(h + r - t, ord=p_norm, dim=-1)


class BernoulliNegativeTransE(nn.Cell):
    def __init__(self, config, head_corrupt_prob=None):
        super().__init__()
        self.margin = config.margin
        self.p_norm = config.p_norm
        self.ent = nn.Embedding(config.num_entities, config.dim)
        self.rel = nn.Embedding(config.num_relations, config.dim)
        if head_corrupt_prob is None:
            head_corrupt_prob = np.full((config.num_relations,), 0.5, np.float32)
        # tph / (tph + hpt) per relation, precomputed from the training graph
        self.head_prob = Tensor(head_corrupt_prob, ms.float32)

    def corrupt(self, h, r, t, rand_u, rand_ent):
        corrupt_head = rand_u < ops.gather(self.head_prob, r, 0)
        neg_h = ops.select(corrupt_head, rand_ent, h)
        neg_t = ops.select(corrupt_head, t, rand_ent)
        return neg_h, neg_t

    def construct(self, h, r, t, rand_u, rand_ent):
        neg_h, neg_t = self.corrupt(h, r, t, rand_u, rand_ent)
        rel = self.rel(r)
        pos = translational_score(self.ent(h), rel, self.ent(t), self.p_norm)
        neg = translational_score(self.ent(neg_h), rel, self.ent(neg_t), self.p_norm)
        return ops.relu(self.margin + neg - pos).mean()


def make():
    np.random.seed(3676)
    cfg = SamplerConfig()
    b = 10
    probs = np.random.uniform(0.2, 0.8, cfg.num_relations).astype(np.float32)
    h = Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32)
    r = Tensor(np.random.randint(0, cfg.num_relations, b), ms.int32)
    t = Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32)
    u = Tensor(np.random.rand(b).astype(np.float32))
    e = Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32)
    return BernoulliNegativeTransE(cfg, probs), (h, r, t, u, e)
