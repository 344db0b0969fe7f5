# case: chunked renderer walks over the valid (front-sorted) rays chunk by chunk with a while loop bounded by a tensor count, growing a list of chunk outputs -> loop count from data, dynamic/error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChunkConfig:
    chunk = 8
    hidden = 16
    use_cache = False


class RadianceMLP(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(6, hidden), nn.Dense(hidden, hidden), nn.Dense(hidden, 4)])

    def construct(self, x):
        for i, layer in enumerate(self.layers):
            x = layer(x)
            if i < len(self.layers) - 1:
                x = ops.relu(x)
        return x


class ChunkedRenderer(nn.Cell):
    def __init__(self, config, field=None):
        super().__init__()
        self.chunk = config.chunk
        self.use_cache = config.use_cache
        self.field = field if field is not None else RadianceMLP(config.hidden)

    def construct(self, rays, valid):
        n_valid = valid.astype(ms.int32).sum()
        outs = []
        start = 0
        while start < n_valid:
            outs.append(self.field(rays[start:start + self.chunk]))
            start += self.chunk
        return ops.concat(outs, axis=0)


def make():
    np.random.seed(21)
    rays = np.random.randn(40, 6).astype(np.float32)
    valid = np.zeros(40, dtype=np.bool_)
    valid[:19] = True
    return ChunkedRenderer(ChunkConfig()), (Tensor(rays), Tensor(valid))
