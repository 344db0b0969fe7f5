# case: brine density regressor from conductivity and temperature built as a loop over an nn.CellList of residual dense layers -> loop over cells, static shapes, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualDense(nn.Cell):
    def __init__(self, width):
        super().__init__()
        self.dense = nn.Dense(width, width)
        self.act = nn.GELU()

    def construct(self, x):
        return x + self.act(self.dense(x))


class DensityFromConductivity(nn.Cell):
    def __init__(self, n_inputs=2, width=16, depth=3, base_density=1.0):
        super().__init__()
        self.stem = nn.Dense(n_inputs, width)
        self.blocks = nn.CellList([ResidualDense(width) for _ in range(depth)])
        self.out = nn.Dense(width, 1)
        self.base_density = base_density

    def construct(self, conductivity_ms_cm, temp_c):
        x = ops.stack([conductivity_ms_cm / 250.0, temp_c / 40.0], axis=-1)
        h = self.stem(x)
        for block in self.blocks:
            h = block(h)
        return self.base_density + ops.sigmoid(self.out(h)).squeeze(-1) * 0.3


def make():
    np.random.seed(59)
    cond = Tensor(np.random.uniform(50.0, 250.0, size=(32,)).astype(np.float32))
    temp = Tensor(np.random.uniform(15.0, 40.0, size=(32,)).astype(np.float32))
    return DensityFromConductivity(), (cond, temp)
