# case: @ms.jit helper keeps only the partials of a reed pipe recording above a noise floor with ops.masked_select and averages their inharmonicity -> output size depends on data
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

NOISE_FLOOR_DB = -50.0


def to_db(power):
    return 10.0 * ops.log(power + 1e-10) / np.log(10.0)


@ms.jit
def partial_inharmonicity(partial_hz, partial_power, f0_hz):
    n = ops.arange(1, partial_hz.shape[0] + 1).astype(ms.float32)
    stretch = partial_hz / (n * f0_hz) - 1.0
    audible = to_db(partial_power) > NOISE_FLOOR_DB
    kept = ops.masked_select(stretch, audible)
    return kept.mean()


def make():
    np.random.seed(338)
    f0 = 110.0
    n = np.arange(1, 17)
    hz = (n * f0 * (1.0 + 1e-4 * n ** 2)).astype(np.float32)
    power = (10.0 ** (-n / 3.0) * np.random.rand(16)).astype(np.float32)
    return partial_inharmonicity, (Tensor(hz), Tensor(power), Tensor(f0, ms.float32))
