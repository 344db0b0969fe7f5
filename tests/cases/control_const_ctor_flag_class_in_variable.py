# case: a flag threaded through constructors, the middle class built through a variable that picks
# it (hazard: that construction passes True, which no call of the class by name shows)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Attention(nn.Cell):
    def __init__(self, causal, init_cache=False):
        super().__init__()
        self.causal = causal
        self.init_cache = init_cache
        self.cache_index = Parameter(Tensor(0, ms.int32), name="cache_index")

    def construct(self, query):
        if self.init_cache:
            positions = ops.arange(self.cache_index, self.cache_index + query.shape[0])
            query = query + positions.astype(query.dtype).reshape(-1, 1)
        return query * 2


class Layer(nn.Cell):
    def __init__(self, init_cache=False):
        super().__init__()
        self.attention = Attention(causal=True, init_cache=init_cache)

    def construct(self, x):
        return self.attention(x)


class LocalLayer(Layer):
    pass


class Encoder(nn.Cell):
    def __init__(self, local=False):
        super().__init__()
        layer_class = LocalLayer if local else Layer
        self.layers = nn.CellList([layer_class(init_cache=True) for _ in range(2)])
        self.first = Layer()

    def construct(self, x):
        for layer in self.layers:
            x = layer(x)
        return self.first(x)


def make():
    return Encoder(), (Tensor(np.ones((3, 4), np.float32)),)
