# case: DIN attention pooling with a debug flag (False by default, never set) that would dump attention weights with .asnumpy() and print -> branch never taken, Graph mode likely compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttentionConfig:
    embed_dim = 8
    debug = False
    temperature = None


class DotAttentionPooling(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.debug = getattr(config, "debug", False)
        temperature = config.temperature
        self.scale = 1.0 / (config.embed_dim ** 0.5) if temperature is None else 1.0 / temperature
        self.query_proj = nn.Dense(config.embed_dim, config.embed_dim, has_bias=False)

    def construct(self, query, keys, key_mask):
        q = self.query_proj(query).expand_dims(1)
        scores = (q * keys).sum(-1) * self.scale
        scores = scores + (1.0 - key_mask) * -1e4
        weights = ops.softmax(scores, axis=-1)
        if self.debug:
            w = weights.asnumpy()
            print("attention entropy", float(-(w * np.log(w + 1e-9)).sum(-1).mean()))
        return (weights.expand_dims(-1) * keys).sum(axis=1)


def make():
    np.random.seed(3925)
    query = Tensor(np.random.randn(3, 8).astype(np.float32))
    keys = Tensor(np.random.randn(3, 5, 8).astype(np.float32))
    key_mask = Tensor(np.array([[1, 1, 1, 0, 0], [1, 0, 0, 0, 0], [1, 1, 1, 1, 1]], np.float32))
    return DotAttentionPooling(AttentionConfig()), (query, keys, key_mask)
