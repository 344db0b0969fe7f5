# case: @ms.jit function accumulates rope lay length over as many shifts as the shift-count tensor says, looping with range(int(n)) -> loop count from tensor value
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def shift_output_m(speed_m_min, hours):
    return speed_m_min * 60.0 * hours


@ms.jit
def produced_length(speeds, hours, n_shifts):
    total = ops.zeros((), ms.float32)
    for i in range(int(n_shifts)):
        total = total + shift_output_m(speeds[i], hours[i])
    return total


def make():
    np.random.seed(201)
    speeds = Tensor(np.random.uniform(8, 12, size=(6,)).astype(np.float32))
    hours = Tensor(np.full((6,), 8.0, dtype=np.float32))
    n = Tensor(np.array(4, dtype=np.int32))
    return produced_length, (speeds, hours, n)
