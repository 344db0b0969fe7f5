# case: @ms.jit function computes the circular mean of yaw misalignment from sin/cos of angles in radians -> pure tensor math, static expected
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

DEG2RAD = np.pi / 180.0


@ms.jit
def circular_yaw_offset(wind_dir_deg, nacelle_dir_deg, weights):
    d = (wind_dir_deg - nacelle_dir_deg) * DEG2RAD
    s = (ops.sin(d) * weights).sum() / weights.sum()
    c = (ops.cos(d) * weights).sum() / weights.sum()
    mean_offset = ops.atan2(s, c) / DEG2RAD
    resultant = ops.sqrt(s * s + c * c)
    return mean_offset, resultant


def make():
    np.random.seed(34)
    wind = Tensor(np.random.uniform(0, 360, size=(60,)).astype(np.float32))
    nacelle = Tensor(((wind.asnumpy() - 4.0 + np.random.randn(60) * 3) % 360).astype(np.float32))
    weights = Tensor(np.random.uniform(0.5, 1.0, size=(60,)).astype(np.float32))
    return circular_yaw_offset, (wind, nacelle, weights)
