# case: dynamic ViT picks its inference path from a constructor string mode ("full", "fast", "tiny") compared in construct -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DynViTConfig:
    def __init__(self, dim=8, depth=4, mode="fast"):
        self.dim = dim
        self.depth = depth
        self.mode = mode


class DynamicViT(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(cfg.dim, cfg.dim) for _ in range(cfg.depth)])
        self.mode = cfg.mode
        self.depth = cfg.depth

    def construct(self, tokens):
        if self.mode == "full":
            n_layers = self.depth
        elif self.mode == "fast":
            n_layers = self.depth // 2
        else:
            n_layers = 1
        for i in range(n_layers):
            tokens = tokens + ops.gelu(self.layers[i](tokens))
        return tokens[:, 0]


def make():
    np.random.seed(36)
    tokens = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    return DynamicViT(DynViTConfig()), (tokens,)
