# case: shifted-window block cyclically shifts the feature map by slicing and concatenating when a shift_size config flag is non-zero -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CyclicShift(nn.Cell):
    def __init__(self, shift_size=2):
        super().__init__()
        self.shift_size = shift_size

    def construct(self, x, reverse=False):
        if self.shift_size == 0:
            return x
        s = self.shift_size if reverse else -self.shift_size
        x = self._roll(x, s, 1)
        return self._roll(x, s, 2)

    def _roll(self, x, shift, axis):
        n = x.shape[axis]
        shift = shift % n
        if axis == 1:
            return ops.concat((x[:, n - shift:], x[:, :n - shift]), axis=1)
        return ops.concat((x[:, :, n - shift:], x[:, :, :n - shift]), axis=2)


class SwinShiftBlock(nn.Cell):
    def __init__(self, dim=8, shift_size=2):
        super().__init__()
        self.shift = CyclicShift(shift_size)
        self.norm = nn.LayerNorm((dim,))
        self.mlp = nn.Dense(dim, dim)

    def construct(self, x):
        shortcut = x
        x = self.shift(self.norm(x))
        x = self.mlp(x)
        x = self.shift(x, True)
        return shortcut + x


def make():
    np.random.seed(37)
    ms.set_seed(37)
    x = Tensor(np.random.randn(1, 8, 8, 8).astype(np.float32))
    return SwinShiftBlock(), (x,)
