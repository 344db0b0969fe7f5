# case: beam scheduler logs served demand per slot with an f-string of a tensor and print inside construct -> f-string formatting of tensor data in Graph mode, possibly error or host fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlotScheduler(nn.Cell):
    def __init__(self, beam_capacity=100.0, verbose=True):
        super().__init__()
        self.capacity = beam_capacity
        self.verbose = verbose

    def construct(self, demand):
        served = ops.minimum(demand, self.capacity)
        backlog = demand - served
        if self.verbose:
            msg = f"slot served={served.sum()} backlog={backlog.sum()}"
            print(msg)
        return served, backlog


def make():
    np.random.seed(10)
    demand = Tensor(np.random.uniform(20, 180, size=(6,)).astype(np.float32))
    return SlotScheduler(), (demand,)
