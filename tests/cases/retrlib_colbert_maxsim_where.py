# case: ColBERT late-interaction max-sim, doc padding masked with 3-argument ops.where, query padding zeroed by multiplication -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MASK_VALUE = -1e4


class ColbertConfig:
    def __init__(self, dim=16, hidden_size=24, normalize=True, similarity="cosine"):
        self.dim = dim
        self.hidden_size = hidden_size
        self.normalize = normalize
        self.similarity = similarity


class ColbertScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.linear = nn.Dense(config.hidden_size, config.dim, has_bias=False)
        self.normalize = config.normalize
        self.similarity = config.similarity

    def _project(self, h):
        e = self.linear(h)
        if self.normalize:
            e = e / ops.sqrt((e * e).sum(axis=-1, keepdims=True) + 1e-6)
        return e

    def construct(self, q_hidden, q_mask, d_hidden, d_mask):
        q = self._project(q_hidden)
        d = self._project(d_hidden)
        sim = ops.bmm(q, d.swapaxes(1, 2))
        if self.similarity == "l2":
            sim = -2.0 + 2.0 * sim
        doc_valid = d_mask.expand_dims(1).astype(ms.bool_)
        doc_valid = ops.broadcast_to(doc_valid, sim.shape)
        sim = ops.where(doc_valid, sim, ops.full_like(sim, MASK_VALUE))
        max_sim = sim.max(axis=-1)
        return (max_sim * q_mask.astype(max_sim.dtype)).sum(axis=-1)


def make():
    np.random.seed(6)
    qh = Tensor(np.random.randn(3, 6, 24).astype(np.float32))
    dh = Tensor(np.random.randn(3, 10, 24).astype(np.float32))
    qm = Tensor((np.arange(6)[None] < np.array([[6], [4], [5]])).astype(np.int32))
    dm = Tensor((np.arange(10)[None] < np.array([[10], [7], [3]])).astype(np.int32))
    return ColbertScorer(ColbertConfig()), (qh, qm, dh, dm)
