# case: a jit function computes hourly cost with peak pricing chosen by ops.where on the hour index -> elementwise select, static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

PEAK_START = 17
PEAK_END = 21


@ms.jit
def hourly_cost(kwh, offpeak_price, peak_price):
    hours = ops.arange(0, kwh.shape[-1], dtype=ms.int32)
    in_peak = ops.logical_and(hours >= PEAK_START, hours < PEAK_END)
    price = ops.where(in_peak, peak_price, offpeak_price)
    cost = kwh * price
    return cost, cost.sum(axis=-1)


def make():
    np.random.seed(41)
    kwh = np.random.uniform(0.1, 2.0, size=(4, 24)).astype(np.float32)
    return hourly_cost, (Tensor(kwh), Tensor(0.17, ms.float32), Tensor(0.39, ms.float32))
