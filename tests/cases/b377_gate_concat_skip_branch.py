# case: NAS cell with a learned edge gate concatenates the skip input onto the feature map only when sigmoid(gate) > 0.5, otherwise passes it through, so the two branches leave different channel counts -> expected error (tensor if with mismatched branch shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EdgeConfig:
    channels = 4
    gate_init = 0.3
    use_gate = True


class GatedSkipEdge(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.conv = nn.Conv2d(config.channels, config.channels, 3, pad_mode="same")
        self.use_gate = config.use_gate
        self._init_gate(config.gate_init)

    def _init_gate(self, value):
        self.gate = Parameter(Tensor(np.array([value], np.float32)), name="edge_gate")

    def construct(self, x, skip=None):
        h = ops.relu(self.conv(x))
        if skip is None:
            skip = x
        if self.use_gate:
            if ops.sigmoid(self.gate)[0] > 0.5:
                h = ops.concat((h, skip), axis=1)
        return h


def make():
    np.random.seed(3795)
    cell = GatedSkipEdge(EdgeConfig())
    x = Tensor(np.random.randn(2, 4, 6, 6).astype(np.float32))
    return cell, (x,)
