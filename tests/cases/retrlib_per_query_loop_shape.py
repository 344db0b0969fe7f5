# case: per-query late-interaction scoring loop over range(q.shape[0]) appending to a list then stacking -> loop bound from static shape, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerQueryConfig:
    def __init__(self, hidden_size=16, dim=8, normalize=False):
        self.hidden_size = hidden_size
        self.dim = dim
        self.normalize = normalize


def maxsim(q_tokens, d_tokens, d_mask):
    sim = ops.matmul(q_tokens, d_tokens.T)
    sim = sim + (1.0 - d_mask.astype(sim.dtype)) * -1e4
    return sim.max(axis=-1).sum()


class PerQueryScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.hidden_size, config.dim)
        self.normalize = config.normalize

    def construct(self, q_hidden, d_hidden, d_mask):
        q = self.proj(q_hidden)
        d = self.proj(d_hidden)
        scores = []
        for i in range(q.shape[0]):
            scores.append(maxsim(q[i], d[i], d_mask[i]))
        out = ops.stack(scores)
        if self.normalize:
            out = ops.softmax(out, axis=0)
        return out


def make():
    np.random.seed(37)
    qh = Tensor(np.random.randn(3, 4, 16).astype(np.float32))
    dh = Tensor(np.random.randn(3, 9, 16).astype(np.float32))
    dm = Tensor((np.arange(9)[None] < np.array([[9], [5], [2]])).astype(np.int32))
    return PerQueryScorer(PerQueryConfig()), (qh, dh, dm)
