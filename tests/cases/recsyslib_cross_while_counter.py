# case: DCN-v2 mixture cross layers applied in a while loop driven by a Python int counter up to config.num_layers -> loop count is a constant, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrossV2Config:
    input_dim = 16
    num_layers = 3
    low_rank = 4
    dropout = 0.0


class LowRankCross(nn.Cell):
    def __init__(self, dim, rank):
        super().__init__()
        self.v = nn.Dense(dim, rank, has_bias=False)
        self.u = nn.Dense(rank, dim)

    def construct(self, x0, x):
        return x0 * self.u(ops.tanh(self.v(x))) + x


class CrossNetV2(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_layers = config.num_layers
        self.layers = nn.CellList([LowRankCross(config.input_dim, config.low_rank) for _ in range(config.num_layers)])
        self.dropout = nn.Dropout(p=config.dropout) if config.dropout > 0 else None

    def construct(self, x0):
        x = x0
        i = 0
        while i < self.num_layers:
            x = self.layers[i](x0, x)
            if self.dropout is not None and self.training:
                x = self.dropout(x)
            i += 1
        return x


def make():
    np.random.seed(3938)
    x0 = Tensor(np.random.randn(4, 16).astype(np.float32))
    return CrossNetV2(CrossV2Config()), (x0,)
