# case: DIN attention with an Optional key_padding_mask: padded behaviours are pushed to -inf with three-argument ops.where and the mask is also multiplied into the pooled output -> masks used only as values, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_INF = -1e9


class AttnConfig:
    def __init__(self, emb_dim=12, hidden=(24, 12), use_softmax=True):
        self.emb_dim = emb_dim
        self.hidden = hidden
        self.use_softmax = use_softmax


def build_mlp(in_dim, hidden):
    layers = []
    for h in hidden:
        layers += [nn.Dense(in_dim, h), nn.Sigmoid()]
        in_dim = h
    layers.append(nn.Dense(in_dim, 1))
    return nn.SequentialCell(layers)


class DINAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_softmax = config.use_softmax
        self.mlp = build_mlp(4 * config.emb_dim, config.hidden)

    def construct(self, query, keys, key_padding_mask=None):
        q = ops.broadcast_to(query.expand_dims(1), keys.shape)
        scores = self.mlp(ops.concat((q, keys, q - keys, q * keys), axis=-1)).squeeze(-1)
        if key_padding_mask is not None:
            valid = key_padding_mask > 0
            scores = ops.where(valid, scores, ops.full_like(scores, NEG_INF))
        weights = ops.softmax(scores, axis=-1) if self.use_softmax else ops.sigmoid(scores)
        if key_padding_mask is not None:
            weights = weights * key_padding_mask
        return ops.matmul(weights.expand_dims(1), keys).squeeze(1)


def make():
    np.random.seed(38522)
    cfg = AttnConfig()
    mask = (np.arange(9)[None, :] < np.array([[4], [9], [1], [6]])).astype(np.float32)
    query = Tensor(np.random.randn(4, cfg.emb_dim).astype(np.float32))
    keys = Tensor(np.random.randn(4, 9, cfg.emb_dim).astype(np.float32))
    return DINAttention(cfg), (query, keys, Tensor(mask))
