# case: cone temperature estimator interpolates heat-work against an Orton chart stored as constant tensors using only MindSpore ops -> no NumPy in construct, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ORTON_HEATWORK = np.array([0.0, 50.0, 120.0, 200.0, 300.0], np.float32)
ORTON_CONE = np.array([4.0, 5.0, 6.0, 7.0, 8.0], np.float32)


class ConeEstimator(nn.Cell):
    def __init__(self, bend_c=1150.0):
        super().__init__()
        self.bend_c = bend_c
        self.hw = Tensor(ORTON_HEATWORK)
        self.cone = Tensor(ORTON_CONE)

    def construct(self, temps, dt_hours):
        heatwork = (ops.relu(temps - self.bend_c) * dt_hours).sum()
        hw = ops.clamp(heatwork, self.hw[0], self.hw[-1] - 1e-3)
        seg = (hw >= self.hw[:-1]).astype(ms.int32).sum() - 1
        x0 = ops.gather(self.hw, seg, 0)
        x1 = ops.gather(self.hw, seg + 1, 0)
        y0 = ops.gather(self.cone, seg, 0)
        y1 = ops.gather(self.cone, seg + 1, 0)
        return y0 + (hw - x0) / (x1 - x0) * (y1 - y0)


def make():
    np.random.seed(112)
    temps = np.linspace(1000, 1230, 50).astype(np.float32)
    return ConeEstimator(), (Tensor(temps), Tensor(np.array(0.1, np.float32)))
