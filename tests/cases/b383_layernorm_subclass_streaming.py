# case: streaming KWS uses a LayerNorm subclass that optionally (flag default False) adds a learned per-channel gain created in a helper, applied over a loop of residual blocks -> subclass with super().construct and dead flag branch, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class GainLayerNorm(nn.LayerNorm):
    def __init__(self, dim, use_gain=False, epsilon=1e-5):
        super().__init__((dim,), begin_norm_axis=-1, begin_params_axis=-1, epsilon=epsilon)
        self.use_gain = use_gain
        if use_gain:
            self._make_gain(dim)

    def _make_gain(self, dim):
        self.gain = Parameter(Tensor(np.ones((dim,), np.float32)), name="gain")

    def construct(self, x):
        y = super().construct(x)
        if self.use_gain:
            y = y * self.gain
        return y


class ResidualFF(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.norm = GainLayerNorm(dim)
        self.ff = nn.Dense(dim, dim)

    def construct(self, x):
        return x + ops.silu(self.ff(self.norm(x)))


class StreamingFFKWS(nn.Cell):
    def __init__(self, n_mfcc=10, dim=24, num_blocks=3, num_labels=12):
        super().__init__()
        self.inp = nn.Dense(n_mfcc, dim)
        self.blocks = nn.CellList([ResidualFF(dim) for _ in range(num_blocks)])
        self.out_norm = GainLayerNorm(dim)
        self.cls = nn.Dense(dim, num_labels)

    def construct(self, mfcc):
        x = self.inp(mfcc)
        for blk in self.blocks:
            x = blk(x)
        return self.cls(self.out_norm(x)[:, -1])


def make():
    np.random.seed(38334)
    mfcc = Tensor(np.random.randn(2, 16, 10).astype(np.float32))
    return StreamingFFKWS(), (mfcc,)
