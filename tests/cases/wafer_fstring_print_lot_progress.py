# case: prints a progress line with an f-string containing the tensor yield of each lot inside construct -> f-string formatting of tensor data in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LotYieldLogger(nn.Cell):
    def __init__(self, lot_name="LOT-A"):
        super().__init__()
        self.lot_name = lot_name

    def construct(self, pass_counts, die_per_wafer):
        yields = pass_counts / die_per_wafer
        lot_yield = yields.mean()
        print(f"{self.lot_name}: mean yield {lot_yield}, worst wafer {yields.min()}")
        return lot_yield


def make():
    np.random.seed(11)
    counts = Tensor(np.random.randint(300, 420, size=(6,)).astype(np.float32))
    return LotYieldLogger(), (counts, Tensor(np.float32(420.0)))
