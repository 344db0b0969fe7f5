# case: scorer with an Optional filter_mask that, when given, overwrites known-answer scores through boolean-mask item assignment scores[mask] = -inf -> Graph mode may reject or lower the bool setitem
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from typing import Optional

FILL_VALUE = -1e4


class ScoreConfig:
    def __init__(self, num_entities=36, num_relations=6, dim=10, score_clip=None):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim
        self.score_clip = score_clip


class TailScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ent = nn.Embedding(config.num_entities, config.dim)
        self.rel = nn.Embedding(config.num_relations, config.dim)
        self.score_clip = config.score_clip

    def construct(self, h, r, filter_mask: Optional[Tensor] = None):
        scores = -ops.norm(self.ent(h)[:, None, :] + self.rel(r)[:, None, :] - self.ent.embedding_table[None], dim=-1)
        if filter_mask is not None:
            scores[filter_mask] = FILL_VALUE
        if self.score_clip is not None:
            scores = ops.clamp(scores, -self.score_clip, self.score_clip)
        return scores


def make():
    np.random.seed(3705)
    cfg = ScoreConfig()
    b = 5
    return TailScorer(cfg), (
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_relations, b), ms.int32),
        Tensor(np.random.rand(b, cfg.num_entities) < 0.2))
