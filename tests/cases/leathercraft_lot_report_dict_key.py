# case: colour matching report, builds a dict keyed by the dye lot number read from a tensor and fills it with each lot's mean delta-E -> dict keyed by tensor value inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LotReport(nn.Cell):
    def __init__(self, n_lots=3):
        super().__init__()
        self.n_lots = n_lots

    def construct(self, lot_numbers, delta_e):
        report = {}
        for i in range(self.n_lots):
            lot = int(lot_numbers[i])
            report[lot] = delta_e[i].mean()
        return report


def make():
    np.random.seed(3110)
    lots = Tensor(np.array([4411, 4412, 4415], np.int32))
    de = Tensor(np.random.rand(3, 8).astype(np.float32) * 3.0)
    return LotReport(), (lots, de)
