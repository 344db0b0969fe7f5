# case: negative sampler corrupts tails and deduplicates the corrupted entity ids with ops.unique before looking up their embeddings -> Graph mode sees a data-dependent length (dynamic or error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SamplerConfig:
    def __init__(self, num_entities=50, num_relations=7, dim=16, num_negs=4, dedup=True, margin=4.0):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim
        self.num_negs = num_negs
        self.dedup = dedup
        self.margin = margin


class EmbeddingTables(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ent = nn.Embedding(config.num_entities, config.dim)
        self.rel = nn.Embedding(config.num_relations, config.dim)


class TailCorruptionSampler(EmbeddingTables):
    def __init__(self, config):
        super().__init__(config)
        self.num_negs = config.num_negs
        self.dedup = config.dedup
        self.margin = config.margin

    def _negative_embeddings(self, neg_tails):
        if self.dedup:
            uniq, inverse = ops.unique(neg_tails.reshape(-1))
            table = self.ent(uniq)
            return ops.gather(table, inverse, 0).reshape(neg_tails.shape + (-1,))
        return self.ent(neg_tails)

    def construct(self, h, r, t, neg_tails):
        hr = self.ent(h) + self.rel(r)
        pos = -ops.norm(hr - self.ent(t), dim=-1)
        neg_emb = self._negative_embeddings(neg_tails)
        neg = -ops.norm(hr[:, None, :] - neg_emb, dim=-1)
        return ops.relu(self.margin - pos[:, None] + neg).mean()


def make():
    np.random.seed(3675)
    cfg = SamplerConfig()
    b = 8
    h = Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32)
    r = Tensor(np.random.randint(0, cfg.num_relations, b), ms.int32)
    t = Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32)
    negs = Tensor(np.random.randint(0, cfg.num_entities, (b, cfg.num_negs)), ms.int32)
    return TailCorruptionSampler(cfg), (h, r, t, negs)
