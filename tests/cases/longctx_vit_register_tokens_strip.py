# case: ViT encoder with learned register tokens tiled over the batch, prepended after the CLS token and stripped after the blocks with config-sized slices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, TruncatedNormal


class EncoderBlock(nn.Cell):
    def __init__(self, dim, heads):
        super().__init__()
        self.norm = nn.LayerNorm((dim,))
        self.attn = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.mlp = nn.SequentialCell(nn.Dense(dim, 2 * dim), nn.GELU(), nn.Dense(2 * dim, dim))

    def construct(self, x):
        h = self.norm(x)
        x = x + self.attn(h, h, h)[0]
        return x + self.mlp(x)


class ViTWithRegisters(nn.Cell):
    def __init__(self, dim=8, heads=2, depth=2, num_registers=4):
        super().__init__()
        self.num_registers = num_registers
        self.cls_token = Parameter(initializer(TruncatedNormal(0.02), (1, 1, dim)), name="cls")
        self.registers = Parameter(initializer(TruncatedNormal(0.02), (1, num_registers, dim)), name="reg")
        self.blocks = nn.CellList([EncoderBlock(dim, heads) for _ in range(depth)])

    def construct(self, patches):
        b = patches.shape[0]
        cls = ops.tile(self.cls_token, (b, 1, 1))
        reg = ops.tile(self.registers, (b, 1, 1))
        x = ops.concat((cls, reg, patches), axis=1)
        for blk in self.blocks:
            x = blk(x)
        return x[:, 0], x[:, 1 + self.num_registers:]


def make():
    np.random.seed(25)
    patches = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    return ViTWithRegisters(), (patches,)
