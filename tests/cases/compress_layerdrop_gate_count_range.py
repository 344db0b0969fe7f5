# case: depth-pruned encoder that runs only the first n blocks, n counted from learnable gate Parameters with int() -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ResidualMLP(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.act = nn.GELU()
        self.norm = nn.LayerNorm((dim,))

    def construct(self, x):
        return x + self.act(self.fc(self.norm(x)))


class GatedDepthEncoder(nn.Cell):
    def __init__(self, dim=8, depth=4, gate_thresh=0.5):
        super().__init__()
        self.blocks = nn.CellList([ResidualMLP(dim) for _ in range(depth)])
        gates = np.linspace(1.0, 0.2, depth).astype(np.float32)
        self.gates = Parameter(Tensor(gates), name="depth_gates")
        self.gate_thresh = gate_thresh

    def active_depth(self):
        return int((self.gates > self.gate_thresh).astype(ms.int32).sum())

    def construct(self, x):
        n_active = self.active_depth()
        for i in range(n_active):
            x = self.blocks[i](x)
        return x


def make():
    np.random.seed(18)
    x = Tensor(np.random.randn(2, 8).astype(np.float32))
    return GatedDepthEncoder(), (x,)
