# case: snowpack stability net keeps a running mean of the stability index in a non-trainable Parameter updated with ops.assign -> supported side effect, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SnowpackStabilityEMA(nn.Cell):
    def __init__(self, hidden=12, momentum=0.9):
        super().__init__()
        self.layer_enc = nn.Dense(3, hidden)
        self.head = nn.Dense(hidden, 1)
        self.momentum = momentum
        self.running_index = Parameter(Tensor(np.zeros((), np.float32)),
                                       name="running_index", requires_grad=False)

    def construct(self, layers):
        h = ops.relu(self.layer_enc(layers))
        h = h.max(axis=1)
        index = ops.sigmoid(self.head(h)).squeeze(-1)
        new_val = self.momentum * self.running_index + (1 - self.momentum) * index.mean()
        ops.assign(self.running_index, new_val)
        return index


def make():
    np.random.seed(112)
    layers = Tensor(np.random.randn(4, 6, 3).astype(np.float32))
    return SnowpackStabilityEMA(), (layers,)
