# case: compression wrapper has a debug-stats branch using .asnumpy(), NumPy and a dict, guarded by getattr(self, "debug_stats", False) that nothing ever sets -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CompressedBlockConfig:
    def __init__(self, hidden=16, rank=4, use_residual=True):
        self.hidden = hidden
        self.rank = rank
        self.use_residual = use_residual


class LowRankBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.down = nn.Dense(config.hidden, config.rank, has_bias=False)
        self.up = nn.Dense(config.rank, config.hidden)
        self.use_residual = config.use_residual

    def _debug(self, h):
        stats = {"mean": float(h.asnumpy().mean()), "absmax": float(np.abs(h.asnumpy()).max())}
        print("low-rank stats", stats)

    def construct(self, x):
        h = self.up(ops.gelu(self.down(x)))
        if getattr(self, "debug_stats", False):
            self._debug(h)
        return x + h if self.use_residual else h


def make():
    np.random.seed(3800)
    cell = LowRankBlock(CompressedBlockConfig())
    x = Tensor(np.random.randn(3, 16).astype(np.float32))
    return cell, (x,)
