# case: transformer stack forwards *args to every block via a helper, and accepts the keyframe context either as a Tensor or as a tuple of per-keyframe tensors (isinstance guard + ops.cat) -> structure resolved at compile time, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StackConfig:
    def __init__(self, dim=16, ctx_dim=16, depth=2, heads=2):
        self.dim = dim
        self.ctx_dim = ctx_dim
        self.depth = depth
        self.heads = heads


class CrossAttnBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.norm = nn.LayerNorm((config.dim,))
        self.attn = nn.MultiheadAttention(config.dim, config.heads, kdim=config.ctx_dim, vdim=config.ctx_dim, batch_first=True)

    def construct(self, x, context=None):
        h = self.norm(x)
        if context is None:
            context = h
        out, _ = self.attn(h, context, context)
        return x + out


class KeyframeCrossAttnStack(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.blocks = nn.CellList([CrossAttnBlock(config) for _ in range(config.depth)])

    def _run_blocks(self, h, *args):
        for blk in self.blocks:
            h = blk(h, *args)
        return h

    def construct(self, tokens, keyframe_context=None):
        if isinstance(keyframe_context, (list, tuple)):
            keyframe_context = ops.cat(tuple(keyframe_context), axis=1)
        return self._run_blocks(tokens, keyframe_context)


def make():
    np.random.seed(37438)
    x = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    c0 = Tensor(np.random.randn(2, 3, 16).astype(np.float32))
    c1 = Tensor(np.random.randn(2, 3, 16).astype(np.float32))
    return KeyframeCrossAttnStack(StackConfig()), (x, (c0, c1))
