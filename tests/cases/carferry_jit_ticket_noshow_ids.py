# case: jit-compiled ticket reconciliation returns the booking rows flagged as no-shows using ops.nonzero -> data-dependent output shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def no_show_rows(checked_in, booked, cutoff_min):
    missing = (booked > 0) & (checked_in == 0) & (cutoff_min <= 0)
    rows = ops.nonzero(missing).reshape(-1)
    lost_revenue = (missing.astype(ms.float32) * booked).sum()
    return rows, lost_revenue


def make():
    np.random.seed(25)
    booked = np.random.uniform(20, 120, 40).astype(np.float32)
    checked = (np.random.rand(40) > 0.15).astype(np.int32)
    cutoff = np.full(40, -5, np.int32)
    return no_show_rows, (Tensor(checked), Tensor(booked), Tensor(cutoff))
