# case: elastic-depth supernet runs the first `depth` blocks where depth is a sampled Tensor used in range() -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TransformerLiteBlock(nn.Cell):
    def __init__(self, dim, mlp_ratio=2):
        super().__init__()
        self.norm1 = nn.LayerNorm((dim,))
        self.mix = nn.Dense(dim, dim)
        self.norm2 = nn.LayerNorm((dim,))
        self.mlp = nn.SequentialCell([nn.Dense(dim, dim * mlp_ratio), nn.GELU(), nn.Dense(dim * mlp_ratio, dim)])

    def construct(self, x):
        x = x + self.mix(self.norm1(x))
        return x + self.mlp(self.norm2(x))


class ElasticDepthViT(nn.Cell):
    def __init__(self, dim=16, max_depth=4, num_classes=3):
        super().__init__()
        self.blocks = nn.CellList([TransformerLiteBlock(dim) for _ in range(max_depth)])
        self.head = nn.Dense(dim, num_classes)
        self.max_depth = max_depth

    def construct(self, tokens, depth):
        x = tokens
        for i in range(depth):
            x = self.blocks[i](x)
        return self.head(x.mean(axis=1))


def make():
    np.random.seed(22)
    x = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    depth = Tensor(3, ms.int32)
    return ElasticDepthViT(), (x, depth)
