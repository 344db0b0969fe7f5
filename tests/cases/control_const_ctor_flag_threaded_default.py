# case: a flag threaded through two constructors (Layer -> Attention init_cache=init_cache) that no construction turns on, guarding a cache branch (near miss: the branch is folded away)
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


class Encoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.layers = nn.CellList([Layer() for _ in range(2)])

    def construct(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


def make():
    return Encoder(), (Tensor(np.ones((3, 4), np.float32)),)
