# case: temporal transformer block prints an f-string with the attention entropy when config.debug is on (default True in this config) -> print of f-string with tensor values in construct, may be rejected or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockConfig:
    def __init__(self, dim=16, debug=True, layer_idx=0):
        self.dim = dim
        self.debug = debug
        self.layer_idx = layer_idx


class DebugTemporalBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.norm = nn.LayerNorm((config.dim,))
        self.qk = nn.Dense(config.dim, 2 * config.dim)
        self.debug = config.debug
        self.layer_idx = config.layer_idx

    def _log_attention(self, attn):
        entropy = -(attn * ops.log(attn + 1e-9)).sum(axis=-1).mean()
        print(f"[temporal-block {self.layer_idx}] attn entropy={entropy.asnumpy():.4f}")

    def construct(self, x):
        h = self.norm(x)
        q, k = ops.chunk(self.qk(h), 2, axis=-1)
        attn = ops.softmax(ops.bmm(q, k.swapaxes(1, 2)), axis=-1)
        if self.debug:
            self._log_attention(attn)
        return x + ops.bmm(attn, h)


def make():
    np.random.seed(127)
    x = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    return DebugTemporalBlock(BlockConfig()), (x,)
