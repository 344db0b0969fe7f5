# case: run the loaf classifier tray by tray for as many trays as the loader reports (tray count tensor cast with int) and collect results in a list -> Python loop count from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrayInspector(nn.Cell):
    def __init__(self, n_feat=12, n_classes=4):
        super().__init__()
        self.cls = nn.Dense(n_feat, n_classes)
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, loaf_feats, n_trays):
        per_tray = []
        for tray in range(int(n_trays)):
            probs = self.softmax(self.cls(loaf_feats[tray]))
            per_tray.append(probs.mean(axis=0))
        return ops.stack(per_tray)


def make():
    np.random.seed(29)
    feats = np.random.randn(8, 20, 12).astype(np.float32)
    return TrayInspector(), (Tensor(feats), Tensor(5, ms.int32))
