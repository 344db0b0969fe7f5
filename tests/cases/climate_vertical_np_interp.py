# case: interpolate a temperature profile from model levels to fixed pressure levels with np.interp on tensors -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PressureLevelInterpolator(nn.Cell):
    """Map a column profile on model pressure levels to standard pressure levels (hPa)."""

    def __init__(self, target_levels=(850.0, 700.0, 500.0, 300.0), log_pressure=True):
        super().__init__()
        self.target = np.array(target_levels, np.float32)
        self.log_pressure = log_pressure

    def _coord(self, p):
        return np.log(p) if self.log_pressure else p

    def construct(self, temp, pres):
        outputs = []
        for i in range(temp.shape[0]):
            p = pres[i]
            col = np.interp(self._coord(self.target), self._coord(p[::-1]), temp[i][::-1])
            outputs.append(Tensor(col.astype(np.float32)))
        return ops.stack(outputs, 0)


def make():
    rng = np.random.RandomState(21)
    pres = np.tile(np.linspace(1000.0, 200.0, 9, dtype=np.float32), (3, 1))
    temp = (288.0 - 0.06 * (1000.0 - pres) + rng.randn(3, 9)).astype(np.float32)
    return PressureLevelInterpolator(), (Tensor(temp), Tensor(pres))
