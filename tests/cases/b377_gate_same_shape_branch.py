# case: NAS edge with a learned gate chooses between the conv path and the identity path with an if on sigmoid(gate); both branches return the same shape -> expected static (control flow on a tensor, equal shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EdgeConfig:
    channels = 4
    gate_init = 0.8
    threshold = 0.5


class GatedEdge(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.conv = nn.Conv2d(config.channels, config.channels, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(config.channels)
        self.threshold = config.threshold
        self.gate = Parameter(Tensor(config.gate_init, ms.float32), name="edge_gate")

    def _op_path(self, x):
        return ops.relu(self.bn(self.conv(x)))

    def construct(self, x):
        g = ops.sigmoid(self.gate)
        if g > self.threshold:
            out = g * self._op_path(x) + (1 - g) * x
        else:
            out = x
        return out


def make():
    np.random.seed(3796)
    cell = GatedEdge(EdgeConfig())
    cell.set_train(False)
    x = Tensor(np.random.randn(2, 4, 6, 6).astype(np.float32))
    return cell, (x,)
