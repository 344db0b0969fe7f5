# case: @ms.jit function that computes overdue fines for every loan with ops.select on days_late > 0, keeping the full loan vector -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

DAILY_FINE = 0.25
FINE_CAP = 10.0
GRACE_DAYS = 2


@ms.jit
def overdue_fines(days_late, is_reference):
    billable = days_late - GRACE_DAYS
    raw = billable.astype(ms.float32) * DAILY_FINE
    fines = ops.select(billable > 0, ops.clamp(raw, 0.0, FINE_CAP), ops.zeros_like(raw))
    fines = fines * (1.0 + is_reference.astype(ms.float32))
    n_late = (billable > 0).astype(ms.int32).sum()
    return fines, fines.sum(), n_late


def make():
    np.random.seed(92)
    days = Tensor(np.random.randint(-14, 30, size=(25,)), ms.int32)
    ref = Tensor((np.random.rand(25) > 0.9).astype(np.int32))
    return overdue_fines, (days, ref)
