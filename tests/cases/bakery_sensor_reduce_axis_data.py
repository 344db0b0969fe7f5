# case: average proofer humidity either over time or over sensors, the reduction axis read from a mode tensor sent by the PLC -> reduce axis taken from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HumiditySummary(nn.Cell):
    def __init__(self):
        super().__init__()
        self.offset = ms.Parameter(Tensor(0.0, ms.float32), name="offset")

    def construct(self, humidity, mode):
        axis = int(mode.asnumpy())
        summary = ops.mean(humidity, axis=axis)
        return summary + self.offset


def make():
    np.random.seed(31)
    hum = (75 + np.random.randn(60, 4) * 2).astype(np.float32)
    return HumiditySummary(), (Tensor(hum), Tensor(1, ms.int32))
