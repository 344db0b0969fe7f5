# case: @ms.jit function that sums overdue fines only for loans past their due date by boolean-mask indexing days_late[days_late > 0] -> boolean indexing gives a data-dependent shape
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

DAILY_FINE = 0.25
FINE_CAP = 10.0


@ms.jit
def overdue_fines(days_late, is_reference):
    late = days_late[days_late > 0]
    fines = ops.clamp(late.astype(ms.float32) * DAILY_FINE, 0.0, FINE_CAP)
    ref_penalty = is_reference.astype(ms.float32).sum() * 1.0
    return fines.sum() + ref_penalty, late.shape[0]


def make():
    np.random.seed(91)
    days = Tensor(np.random.randint(-14, 30, size=(25,)), ms.int32)
    ref = Tensor((np.random.rand(25) > 0.9).astype(np.int32))
    return overdue_fines, (days, ref)
