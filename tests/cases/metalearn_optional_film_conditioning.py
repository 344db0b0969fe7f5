# case: few-shot feature extractor with an optional FiLM conditioning sub-Cell and an optional task embedding argument guarded by None checks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FiLM(nn.Cell):
    def __init__(self, cond_dim=6, feat_dim=10):
        super().__init__()
        self.gamma = nn.Dense(cond_dim, feat_dim)
        self.beta = nn.Dense(cond_dim, feat_dim)

    def construct(self, h, cond):
        return h * (1.0 + self.gamma(cond)) + self.beta(cond)


class ConditionedExtractor(nn.Cell):
    def __init__(self, in_dim=8, feat_dim=10, cond_dim=6, use_film=True):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, feat_dim)
        self.fc2 = nn.Dense(feat_dim, feat_dim)
        self.film = FiLM(cond_dim, feat_dim) if use_film else None

    def construct(self, x, task_emb=None):
        h = ops.relu(self.fc1(x))
        if self.film is not None and task_emb is not None:
            h = self.film(h, task_emb)
        return self.fc2(h)


def make():
    np.random.seed(34)
    net = ConditionedExtractor()
    x = Tensor(np.random.randn(5, 8).astype(np.float32))
    emb = Tensor(np.random.randn(1, 6).astype(np.float32))
    return net, (x, emb)
