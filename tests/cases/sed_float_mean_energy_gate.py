# case: converts the mean frame energy to a Python float and uses it to pick a detection threshold in construct -> Graph mode may fail (float() of tensor)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnergyGatedTagger(nn.Cell):
    def __init__(self, n_mels=16, n_classes=4, quiet_thr=0.7, loud_thr=0.4):
        super().__init__()
        self.fc = nn.Dense(n_mels, n_classes)
        self.quiet_thr = quiet_thr
        self.loud_thr = loud_thr

    def construct(self, logmel):
        # logmel: (frames, n_mels)
        energy = float(logmel.exp().mean())
        thr = self.quiet_thr if energy < 1.5 else self.loud_thr
        probs = ops.sigmoid(self.fc(logmel)).max(axis=0)
        return (probs > thr).astype(ms.float32)


def make():
    np.random.seed(18)
    logmel = Tensor(np.random.randn(20, 16).astype(np.float32))
    return EnergyGatedTagger(), (logmel,)
