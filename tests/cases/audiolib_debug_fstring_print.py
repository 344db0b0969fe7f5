# case: conformer block with a verbose flag (default True) that prints an f-string containing the running activation statistics (tensor values) inside construct -> Graph mode may reject or only handle the f-string with fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockConfig:
    def __init__(self, d_model=32, ff_mult=2, verbose=True, layer_name="enc.0"):
        self.d_model = d_model
        self.ff_mult = ff_mult
        self.verbose = verbose
        self.layer_name = layer_name


class DebugMixin:
    def _log_stats(self, tag, x):
        if self.verbose:
            print(f"[{self.layer_name}] {tag}: mean={x.mean()} max={x.max()}")


class MacaronFFN(nn.Cell, DebugMixin):
    def __init__(self, config):
        super().__init__()
        self.verbose = config.verbose
        self.layer_name = config.layer_name
        self.norm = nn.LayerNorm((config.d_model,))
        self.w1 = nn.Dense(config.d_model, config.ff_mult * config.d_model)
        self.w2 = nn.Dense(config.ff_mult * config.d_model, config.d_model)

    def construct(self, x):
        h = self.w2(ops.silu(self.w1(self.norm(x))))
        self._log_stats("ffn_out", h)
        return x + 0.5 * h


def make():
    np.random.seed(3326)
    net = MacaronFFN(BlockConfig())
    x = Tensor(np.random.randn(2, 10, 32).astype(np.float32))
    return net, (x,)
