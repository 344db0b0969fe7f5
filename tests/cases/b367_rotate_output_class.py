# case: RotatE model returns a plain Python output class (scores plus regulariser term) because config.return_dict defaults to True -> Graph mode may reject building a plain class instance in construct
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RotatEConfig:
    def __init__(self, num_entities=40, num_relations=6, dim=8, gamma=12.0, return_dict=True):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim
        self.gamma = gamma
        self.return_dict = return_dict


class KGEOutput:
    def __init__(self, scores, reg_loss=None):
        self.scores = scores
        self.reg_loss = reg_loss


class RotatE(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.gamma = config.gamma
        self.return_dict = config.return_dict
        self.dim = config.dim
        self.emb_range = (config.gamma + 2.0) / config.dim
        self.ent = Parameter(Tensor(np.random.uniform(-self.emb_range, self.emb_range, (config.num_entities, 2 * config.dim)).astype(np.float32)), name="ent")
        self.rel_phase = Parameter(Tensor(np.random.uniform(-self.emb_range, self.emb_range, (config.num_relations, config.dim)).astype(np.float32)), name="rel_phase")

    def construct(self, h, r, t):
        he = ops.gather(self.ent, h, 0)
        te = ops.gather(self.ent, t, 0)
        theta = ops.gather(self.rel_phase, r, 0) / (self.emb_range / math.pi)
        h_re, h_im = he[:, :self.dim], he[:, self.dim:]
        t_re, t_im = te[:, :self.dim], te[:, self.dim:]
        re = h_re * ops.cos(theta) - h_im * ops.sin(theta) - t_re
        im = h_re * ops.sin(theta) + h_im * ops.cos(theta) - t_im
        scores = self.gamma - ops.sqrt(re * re + im * im + 1e-9).sum(-1)
        reg = (he * he).mean() + (te * te).mean()
        if self.return_dict:
            return KGEOutput(scores, reg)
        return scores, reg


def make():
    np.random.seed(3683)
    cfg = RotatEConfig()
    b = 7
    return RotatE(cfg), (
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_relations, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
    )
