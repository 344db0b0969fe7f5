# case: convert reef-lamp lux readings to PAR with a lazy `import math` inside construct for the unit constant -> import statement in construct, expect Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PhotoperiodDose(nn.Cell):
    def __init__(self, lux_to_par=0.0185, hours=10):
        super().__init__()
        self.lux_to_par = lux_to_par
        self.hours = hours

    def construct(self, lux, canopy_shade):
        import math
        par = lux * self.lux_to_par * (1.0 - canopy_shade)
        dli = par * 3600.0 * self.hours / 1e6
        sine_ramp = ops.sin(ops.linspace(0.0, math.pi, 5)).mean()
        return par, dli * sine_ramp


def make():
    np.random.seed(231)
    lux = Tensor(np.random.uniform(8000.0, 30000.0, size=(6,)).astype(np.float32))
    shade = Tensor(np.random.uniform(0.0, 0.4, size=(6,)).astype(np.float32))
    return PhotoperiodDose(), (lux, shade)
