# case: stacked tree-positional transformer blocks in a CellList with residuals and a per-layer flag tuple -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TreeFFBlock(nn.Cell):
    def __init__(self, dim, hidden, use_norm=True):
        super().__init__()
        self.use_norm = use_norm
        self.norm = nn.LayerNorm((dim,))
        self.ff = nn.SequentialCell([nn.Dense(dim, hidden), nn.ReLU(), nn.Dense(hidden, dim)])

    def construct(self, x):
        y = self.norm(x) if self.use_norm else x
        return x + self.ff(y)


class StackedTreeEncoder(nn.Cell):
    def __init__(self, dim=16, hidden=32, num_layers=3, max_depth=6, norm_layers=(True, False, True)):
        super().__init__()
        self.depth_embed = nn.Embedding(max_depth, dim)
        self.layers = nn.CellList([TreeFFBlock(dim, hidden, norm_layers[i]) for i in range(num_layers)])
        self.final_norm = nn.LayerNorm((dim,))

    def construct(self, node_h, depths):
        x = node_h + self.depth_embed(depths)
        outs = ()
        for layer in self.layers:
            x = layer(x)
            outs = outs + (x,)
        return self.final_norm(x), ops.stack(outs, axis=0).mean(axis=0)


def make():
    np.random.seed(0)
    node_h = Tensor(np.random.randn(2, 7, 16).astype(np.float32))
    depths = Tensor(np.random.randint(0, 6, size=(2, 7)).astype(np.int32))
    return StackedTreeEncoder(), (node_h, depths)
