# case: thermal fault classifier counts distinct predicted fault types per batch with ops.unique -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThermalPatchEncoder(nn.Cell):
    def __init__(self, in_ch=1, width=8):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, width, 3, pad_mode='same')
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.flat = nn.Flatten()

    def construct(self, x):
        return self.flat(self.pool(ops.relu(self.conv(x))))


class FaultTypeSummary(nn.Cell):
    FAULTS = ("ok", "hotspot", "bypass_diode", "cracked_cell", "soiling")

    def __init__(self):
        super().__init__()
        self.encoder = ThermalPatchEncoder()
        self.classifier = nn.Dense(8, len(self.FAULTS))

    def construct(self, patches):
        logits = self.classifier(self.encoder(patches))
        pred = logits.argmax(axis=1)
        kinds, _ = ops.unique(pred)
        return kinds, logits


def make():
    np.random.seed(8)
    patches = np.random.uniform(20, 90, size=(6, 1, 16, 16)).astype(np.float32)
    return FaultTypeSummary(), (Tensor(patches),)
