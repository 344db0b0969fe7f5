# case: bilinear (RESCAL) relation matrices regularised by a spectral-norm estimate from a fixed number of power iterations (range over a config int) -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RescalConfig:
    def __init__(self, num_entities=30, num_relations=4, dim=8, power_iterations=3, spectral_weight=0.1, eps=1e-8):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim
        self.power_iterations = power_iterations
        self.spectral_weight = spectral_weight
        self.eps = eps


def _l2n(x, eps):
    return x / (ops.sqrt((x * x).sum(-1, keepdims=True)) + eps)


class RESCAL(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.power_iterations = config.power_iterations
        self.spectral_weight = config.spectral_weight
        self.eps = config.eps
        self.ent = nn.Embedding(config.num_entities, config.dim)
        self._init_relation_matrices(config)

    def _init_relation_matrices(self, config):
        w = np.random.randn(config.num_relations, config.dim, config.dim).astype(np.float32) / np.sqrt(config.dim)
        self.rel_mat = Parameter(Tensor(w), name="rel_mat")
        self.u = Tensor(np.random.randn(config.num_relations, config.dim).astype(np.float32))

    def spectral_norm(self):
        u = _l2n(self.u, self.eps)
        v = u
        for _ in range(self.power_iterations):
            v = _l2n(ops.bmm(u[:, None, :], self.rel_mat).squeeze(1), self.eps)
            u = _l2n(ops.bmm(self.rel_mat, v[:, :, None]).squeeze(-1), self.eps)
        return (u * ops.bmm(self.rel_mat, v[:, :, None]).squeeze(-1)).sum(-1)

    def construct(self, h, r, t):
        m = ops.gather(self.rel_mat, r, 0)
        score = (ops.bmm(self.ent(h)[:, None, :], m).squeeze(1) * self.ent(t)).sum(-1)
        if self.training:
            return score, self.spectral_weight * self.spectral_norm().mean()
        return score


def make():
    np.random.seed(3707)
    cfg = RescalConfig()
    b = 6
    net = RESCAL(cfg)
    net.set_train(True)
    return net, (
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_relations, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32))
