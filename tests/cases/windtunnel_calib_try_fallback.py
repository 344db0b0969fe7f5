# case: pitot-static velocity from a manometer reading with a try/except fallback to a default air density when the temperature correction fails -> try statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

R_AIR = 287.05


class PitotVelocity(nn.Cell):
    def __init__(self, default_rho=1.225):
        super().__init__()
        self.default_rho = default_rho

    def air_density(self, p_static, t_kelvin):
        return p_static / (R_AIR * t_kelvin)

    def construct(self, dp, p_static, t_kelvin):
        try:
            rho = self.air_density(p_static, t_kelvin)
        except ZeroDivisionError:
            rho = self.default_rho
        return ops.sqrt(2.0 * dp / rho)


def make():
    np.random.seed(121)
    dp = (550.0 + 5.0 * np.random.randn(10)).astype(np.float32)
    return PitotVelocity(), (Tensor(dp), Tensor(np.float32(101000.0)), Tensor(np.float32(293.0)))
