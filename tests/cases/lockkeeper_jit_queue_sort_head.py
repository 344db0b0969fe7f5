# case: @ms.jit function sorts boats by arrival time and keeps a constant-size head of the queue for the next lockage -> sort plus constant slice, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEXT_LOCKAGE = 4


@ms.jit
def next_lockage(arrivals, lengths):
    order = ops.argsort(arrivals)
    sorted_len = ops.gather(lengths, order, 0)
    head = sorted_len[:NEXT_LOCKAGE]
    return head, head.sum()


def make():
    np.random.seed(251)
    arr = np.random.uniform(0, 180, size=(9,)).astype(np.float32)
    ln = np.random.uniform(8, 30, size=(9,)).astype(np.float32)
    return next_lockage, (Tensor(arr), Tensor(ln))
