# case: jit-compiled powerline notch uses coefficients computed with math at module level from Python constants (no tensor touches math) -> expected static
import math
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

FS = 250.0
MAINS_HZ = 50.0
BANDWIDTH_HZ = 2.0
W0 = 2.0 * math.pi * MAINS_HZ / FS
POLE_R = 1.0 - math.pi * BANDWIDTH_HZ / FS
COS_TERM = 2.0 * math.cos(W0)


def notch_fir(x, c=COS_TERM, gain=(1.0 + POLE_R) / 2.0):
    return (x[..., 2:] - c * x[..., 1:-1] + x[..., :-2]) * gain


@ms.jit
def remove_powerline(ecg):
    y = notch_fir(ecg)
    return y - y.mean(axis=-1, keep_dims=True)


def make():
    np.random.seed(3765)
    t = np.arange(500) / FS
    x = np.sin(2 * np.pi * 1.2 * t) + 0.3 * np.sin(2 * np.pi * 50 * t) + 0.01 * np.random.randn(2, 500)
    return remove_powerline, (Tensor(x.astype(np.float32)),)
