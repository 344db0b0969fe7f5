# case: @ms.jit median-free compositing function keeps the n least-cloudy dates, with n = int() of the count of dates under the cloud limit -> range bound from tensor data in a jit function
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_CLOUD = 0.4


def least_cloudy_order(cloud_cover):
    _, order = ops.sort(cloud_cover)
    return order


@ms.jit
def composite_clear_dates(series, cloud_cover):
    order = least_cloudy_order(cloud_cover)
    n_clear = int((cloud_cover < MAX_CLOUD).sum())
    acc = ops.zeros_like(series[0])
    for i in range(n_clear):
        acc = acc + series[order[i]]
    return acc / max(n_clear, 1)


def make():
    np.random.seed(3404)
    series = Tensor(np.random.rand(6, 4, 16, 16).astype(np.float32))
    cover = Tensor(np.array([0.7, 0.1, 0.35, 0.9, 0.2, 0.5], np.float32))
    return composite_clear_dates, (series, cover)
