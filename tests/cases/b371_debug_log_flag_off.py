# case: the same layer-logging transformer stack, but config.verbose defaults to False so the f-string print with .item() is behind a branch never taken -> expect static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class StackConfig:
    def __init__(self, d_model=16, n_layers=3, verbose=False):
        self.d_model = d_model
        self.n_layers = n_layers
        self.verbose = verbose

class RelPosLayer(nn.Cell):
    def __init__(self, config, idx):
        super().__init__()
        self.idx = idx
        self.verbose = config.verbose
        self.ff = nn.Dense(config.d_model, config.d_model)
        self.norm = nn.LayerNorm((config.d_model,))

    def construct(self, x):
        y = self.norm(x + ops.gelu(self.ff(x)))
        if self.verbose:
            print(f"[layer {self.idx}] mean activation {y.mean().item():.4f}")
        return y

class RelPosStack(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([RelPosLayer(config, i) for i in range(config.n_layers)])

    def construct(self, x, output_hidden_states=False):
        hidden = (x,) if output_hidden_states else ()
        for layer in self.layers:
            x = layer(x)
            if output_hidden_states:
                hidden = hidden + (x,)
        return (x, hidden) if output_hidden_states else x

def make():
    np.random.seed(3731)
    stack = RelPosStack(StackConfig())
    return stack, (Tensor(np.random.randn(2, 8, 16).astype(np.float32)),)
