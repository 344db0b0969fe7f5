# case: pitot-static velocity with negative manometer readings clamped via ops.select and a temperature-corrected density -> select with three arguments, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

R_AIR = 287.05


class PitotVelocityClamped(nn.Cell):
    def __init__(self, min_dp=0.0):
        super().__init__()
        self.min_dp = min_dp

    def air_density(self, p_static, t_kelvin):
        return p_static / (R_AIR * t_kelvin)

    def construct(self, dp, p_static, t_kelvin):
        rho = self.air_density(p_static, t_kelvin)
        valid = dp > self.min_dp
        dp_safe = ops.select(valid, dp, ops.zeros_like(dp))
        v = ops.sqrt(2.0 * dp_safe / rho)
        return v, valid.astype(ms.float32).mean()


def make():
    np.random.seed(122)
    dp = (550.0 + 5.0 * np.random.randn(10)).astype(np.float32)
    dp[3] = -2.0
    return PitotVelocityClamped(), (Tensor(dp), Tensor(np.float32(101000.0)), Tensor(np.float32(293.0)))
