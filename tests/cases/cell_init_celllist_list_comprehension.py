# case: near miss of the CellList generator expression: the same MLP with a list comprehension builds, so the boolean mask in construct is compiled (dynamic shape)
import numpy as np
from mindspore import nn, ops, Tensor


class MLP(nn.Cell):
    def __init__(self, input_dim, hidden_dim, output_dim, num_layers):
        super().__init__()
        self.num_layers = num_layers
        h = [hidden_dim] * (num_layers - 1)
        self.layers = nn.CellList(
            [nn.Dense(n, k) for n, k in zip([input_dim] + h, h + [output_dim])])

    def construct(self, x):
        for i, layer in enumerate(self.layers):
            x = ops.relu(layer(x)) if i < self.num_layers - 1 else layer(x)
        return x[x > 0]


def make():
    return MLP(4, 8, 2, 3), (Tensor(np.ones((2, 4), np.float32)),)
