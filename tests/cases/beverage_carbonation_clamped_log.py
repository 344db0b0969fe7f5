# case: fit the CO2 decay rate of a carbonation curve with a clamped log so no fallback is needed -> straight-line ops, no exception handling
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CarbonationDecay(nn.Cell):
    def __init__(self, dt_s=0.5, floor=1e-3):
        super().__init__()
        self.dt_s = dt_s
        self.floor = floor

    def construct(self, co2_vol):
        n = co2_vol.shape[-1]
        t = ops.arange(0, n, dtype=ms.float32) * self.dt_s
        log_c = ops.log(ops.clamp(co2_vol, min=self.floor))
        t_c = t - t.mean()
        y_c = log_c - log_c.mean(axis=-1, keep_dims=True)
        rate = -(y_c * t_c).sum(axis=-1) / (t_c * t_c).sum()
        return rate


def make():
    np.random.seed(142)
    t = np.arange(50, dtype=np.float32) * 0.5
    co2 = 2.8 * np.exp(-0.008 * t)[None, :] + 0.01 * np.random.rand(4, 50).astype(np.float32)
    return CarbonationDecay(), (Tensor(co2.astype(np.float32)),)
