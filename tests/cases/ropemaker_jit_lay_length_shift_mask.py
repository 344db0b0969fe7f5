# case: @ms.jit function accumulates rope produced length over the active shifts by masking the shift table with an activity flag -> vectorised mask, static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def shift_output_m(speed_m_min, hours):
    return speed_m_min * 60.0 * hours


@ms.jit
def produced_length_masked(speeds, hours, active):
    per_shift = shift_output_m(speeds, hours) * active
    return per_shift.sum(), per_shift.argmax()


def make():
    np.random.seed(202)
    speeds = Tensor(np.random.uniform(8, 12, size=(6,)).astype(np.float32))
    hours = Tensor(np.full((6,), 8.0, dtype=np.float32))
    active = Tensor(np.array([1, 1, 1, 1, 0, 0], dtype=np.float32))
    return produced_length_masked, (speeds, hours, active)
