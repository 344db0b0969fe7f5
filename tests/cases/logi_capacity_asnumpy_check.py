# case: checks vehicle overload by pulling the load tensor to NumPy inside construct and raising a penalty -> host round trip .asnumpy() in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverloadPenalty(nn.Cell):
    def __init__(self, capacity=12.0, penalty=100.0):
        super().__init__()
        self.capacity = capacity
        self.penalty = penalty

    def construct(self, assignment, demands):
        loads = ops.matmul(assignment, demands)
        loads_np = loads.asnumpy()
        over = np.maximum(loads_np - self.capacity, 0.0)
        return Tensor(over * self.penalty, ms.float32).sum()


def make():
    np.random.seed(6)
    assign = np.zeros((3, 10), dtype=np.float32)
    assign[np.random.randint(0, 3, size=10), np.arange(10)] = 1.0
    demands = Tensor(np.random.uniform(1, 5, size=(10,)).astype(np.float32))
    return OverloadPenalty(), (Tensor(assign), demands)
