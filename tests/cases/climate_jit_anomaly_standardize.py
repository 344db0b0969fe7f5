# case: @ms.jit function computing standardized anomalies against a day-of-year climatology with one-hot gather -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def _doy_onehot(doy, n_days):
    return ops.one_hot(doy, n_days, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))


@ms.jit
def standardized_anomaly(field, doy, clim_mean, clim_std):
    n_days = clim_mean.shape[0]
    onehot = _doy_onehot(doy, n_days)
    flat_mean = clim_mean.reshape(n_days, -1)
    flat_std = clim_std.reshape(n_days, -1)
    mean = ops.matmul(onehot, flat_mean).reshape(field.shape)
    std = ops.matmul(onehot, flat_std).reshape(field.shape)
    return (field - mean) / ops.maximum(std, 1e-3)


def make():
    rng = np.random.RandomState(116)
    clim_mean = Tensor(rng.randn(12, 4, 6).astype(np.float32))
    clim_std = Tensor((0.5 + rng.rand(12, 4, 6)).astype(np.float32))
    field = Tensor(rng.randn(3, 4, 6).astype(np.float32))
    doy = Tensor(np.array([0, 5, 11], np.int32))
    return standardized_anomaly, (field, doy, clim_mean, clim_std)
