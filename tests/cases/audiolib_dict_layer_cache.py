# case: streaming encoder that collects each layer's new cache into a dict keyed by f"layer_{i}" strings inside construct and returns the dict -> Graph mode may reject or only partly support the dict output
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamConfig:
    def __init__(self, d_model=16, num_layers=3, left_context=4):
        self.d_model = d_model
        self.num_layers = num_layers
        self.left_context = left_context


class CachedFF(nn.Cell):
    def __init__(self, d_model):
        super().__init__()
        self.ff = nn.Dense(d_model, d_model)

    def construct(self, x, cache):
        ctx = ops.concat((cache, x), axis=1)
        h = ops.relu(self.ff(ctx))[:, cache.shape[1]:]
        return x + h, ctx


class StreamingEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([CachedFF(config.d_model) for _ in range(config.num_layers)])
        self.left_context = config.left_context

    def construct(self, chunk, caches):
        new_caches = {}
        for i, layer in enumerate(self.layers):
            chunk, ctx = layer(chunk, caches[i])
            new_caches[f"layer_{i}"] = ctx[:, -self.left_context:]
        return chunk, new_caches


def make():
    np.random.seed(3332)
    net = StreamingEncoder(StreamConfig())
    chunk = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    caches = tuple(Tensor(np.random.randn(1, 4, 16).astype(np.float32)) for _ in range(3))
    return net, (chunk, caches)
