# case: interaction function picked from a module-level registry by the config string (transe / distmult / complex) in __init__ and called in construct -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def transe_interaction(h, r, t):
    return -ops.norm(h + r - t, dim=-1)


def distmult_interaction(h, r, t):
    return (h * r * t).sum(-1)


def complex_interaction(h, r, t):
    (h_re, h_im), (r_re, r_im), (t_re, t_im) = [ops.chunk(x, 2, axis=-1) for x in (h, r, t)]
    return ((h_re * r_re - h_im * r_im) * t_re + (h_re * r_im + h_im * r_re) * t_im).sum(-1)


INTERACTIONS = {"transe": transe_interaction, "distmult": distmult_interaction, "complex": complex_interaction}


class ModelConfig:
    def __init__(self, num_entities=40, num_relations=7, dim=16, interaction="complex", **kwargs):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim
        self.interaction = interaction
        for k, v in kwargs.items():
            setattr(self, k, v)


class ERModel(nn.Cell):
    def __init__(self, config):
        super().__init__()
        if config.interaction not in INTERACTIONS:
            raise ValueError(f"unknown interaction {config.interaction}")
        self.interaction = INTERACTIONS[config.interaction]
        self.ent = nn.Embedding(config.num_entities, config.dim)
        self.rel = nn.Embedding(config.num_relations, config.dim)
        self.score_scale = getattr(config, "score_scale", 1.0)

    def construct(self, hrt):
        h, r, t = hrt[:, 0], hrt[:, 1], hrt[:, 2]
        return self.score_scale * self.interaction(self.ent(h), self.rel(r), self.ent(t))


def make():
    np.random.seed(3691)
    cfg = ModelConfig(score_scale=0.5)
    b = 8
    hrt = np.stack([np.random.randint(0, cfg.num_entities, b), np.random.randint(0, cfg.num_relations, b),
                    np.random.randint(0, cfg.num_entities, b)], 1)
    return ERModel(cfg), (Tensor(hrt, ms.int32),)
