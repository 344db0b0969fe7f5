# case: DIN target attention masks padded history slots with three-argument ops.where before softmax -> static shapes, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MASK_VALUE = -1e9


class DINConfig:
    def __init__(self, embed_dim=8, att_hidden=(16, 8), use_softmax=True):
        self.embed_dim = embed_dim
        self.att_hidden = att_hidden
        self.use_softmax = use_softmax


class LocalActivationUnit(nn.Cell):
    def __init__(self, config):
        super().__init__()
        dims = (4 * config.embed_dim,) + tuple(config.att_hidden)
        self.mlp = nn.SequentialCell([nn.Dense(i, o, activation="sigmoid") for i, o in zip(dims[:-1], dims[1:])])
        self.out = nn.Dense(dims[-1], 1)

    def construct(self, query, keys):
        q = ops.broadcast_to(query.expand_dims(1), keys.shape)
        feats = ops.concat((q, keys, q - keys, q * keys), axis=-1)
        return self.out(self.mlp(feats)).squeeze(-1)


class DINAttentionPooling(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.unit = LocalActivationUnit(config)
        self.use_softmax = config.use_softmax

    def construct(self, query, keys, key_mask):
        scores = self.unit(query, keys)
        if self.use_softmax:
            scores = ops.where(key_mask, scores, ops.full_like(scores, MASK_VALUE))
            weights = ops.softmax(scores, axis=-1)
        else:
            weights = scores * key_mask.astype(scores.dtype)
        return ops.bmm(weights.expand_dims(1), keys).squeeze(1)


def make():
    np.random.seed(3924)
    query = Tensor(np.random.randn(3, 8).astype(np.float32))
    keys = Tensor(np.random.randn(3, 5, 8).astype(np.float32))
    key_mask = Tensor(np.array([[1, 1, 1, 0, 0], [1, 0, 0, 0, 0], [1, 1, 1, 1, 1]], bool))
    return DINAttentionPooling(DINConfig()), (query, keys, key_mask)
