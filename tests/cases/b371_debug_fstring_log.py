# case: transformer block logs the mean attention entropy per layer with print(f"...") of a tensor value via .item() because config.verbose is True -> print with f-string and .item() in construct, Graph mode rejects or warns
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class BlockConfig:
    d_model = 16
    n_layers = 2
    verbose = True

def attention_entropy(p):
    return -(p * ops.log(p + 1e-9)).sum(axis=-1).mean()

class LoggedAttentionLayer(nn.Cell):
    def __init__(self, d, layer_idx, verbose=False):
        super().__init__()
        self.q = nn.Dense(d, d)
        self.k = nn.Dense(d, d)
        self.layer_idx = layer_idx
        self.verbose = verbose

    def construct(self, x):
        p = ops.softmax(ops.matmul(self.q(x), self.k(x).swapaxes(1, 2)), axis=-1)
        if self.verbose:
            print(f"layer {self.layer_idx}: attention entropy {attention_entropy(p).item():.3f}")
        return x + ops.matmul(p, x)

class LoggedStack(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([LoggedAttentionLayer(config.d_model, i, config.verbose)
                                   for i in range(config.n_layers)])

    def construct(self, x):
        for layer in self.layers:
            x = layer(x)
        return x

def make():
    np.random.seed(3730)
    stack = LoggedStack(BlockConfig())
    return stack, (Tensor(np.random.randn(1, 8, 16).astype(np.float32)),)
