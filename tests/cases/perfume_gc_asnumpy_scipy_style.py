# case: peak area integration converts the smoothed chromatogram to NumPy with .asnumpy() and uses np.trapz inside construct -> asnumpy/NumPy on tensors in construct, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakArea(nn.Cell):
    def __init__(self, width=7):
        super().__init__()
        self.avg = nn.AvgPool1d(kernel_size=width, stride=1, pad_mode="same")

    def construct(self, rt, trace):
        s = self.avg(trace.reshape(1, 1, -1)).reshape(-1)
        y = s.asnumpy()
        x = rt.asnumpy()
        area = np.trapz(y, x)
        return Tensor(area, ms.float32), s


def make():
    np.random.seed(121)
    rt = np.linspace(0, 12, 240).astype(np.float32)
    y = np.exp(-((rt - 6.0) ** 2) / 0.3) + np.random.rand(240).astype(np.float32) * 0.02
    return PeakArea(), (Tensor(rt), Tensor(y.astype(np.float32)))
