# case: base KGE model with shared score_hrt / score_t helpers, subclasses that call super().construct with *args/**kwargs forwarding and an optional regulariser looked up with getattr -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class KGEConfig:
    def __init__(self, num_entities=36, num_relations=6, dim=10, regularizer_weight=None, slice_size=None):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim
        self.regularizer_weight = regularizer_weight
        self.slice_size = slice_size


class LpRegularizer(nn.Cell):
    def __init__(self, weight, p=2):
        super().__init__()
        self.weight = weight
        self.p = p

    def construct(self, *tensors):
        return self.weight * sum([(ops.abs(x) ** self.p).mean() for x in tensors])


class BaseKGEModel(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ent = nn.Embedding(config.num_entities, config.dim)
        self.rel = nn.Embedding(config.num_relations, config.dim)
        if config.regularizer_weight is not None:
            self.regularizer = LpRegularizer(config.regularizer_weight)

    def interaction(self, h, r, t):
        raise NotImplementedError

    def construct(self, h, r, t, **kwargs):
        he, re, te = self.ent(h), self.rel(r), self.ent(t)
        scores = self.interaction(he, re, te, **kwargs)
        reg = getattr(self, "regularizer", None)
        if reg is not None:
            return scores, reg(he, re, te)
        return scores, ops.zeros((), ms.float32)


class TransE(BaseKGEModel):
    def interaction(self, h, r, t, p_norm=1):
        return -ops.norm(h + r - t, ord=p_norm, dim=-1)


class ScaledTransE(TransE):
    def __init__(self, config, scale=0.5):
        super().__init__(config)
        self.scale = scale

    def construct(self, *args, **kwargs):
        scores, reg = super().construct(*args, **kwargs)
        return self.scale * scores, reg


def make():
    np.random.seed(3710)
    cfg = KGEConfig(regularizer_weight=0.01)
    b = 6
    return ScaledTransE(cfg), (
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_relations, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32))
