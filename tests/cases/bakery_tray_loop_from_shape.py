# case: run the loaf classifier tray by tray over the tray axis taken from x.shape and stack per-tray class mixes -> static unrolled loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrayInspectorShape(nn.Cell):
    def __init__(self, n_feat=12, n_classes=4):
        super().__init__()
        self.cls = nn.Dense(n_feat, n_classes)
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, loaf_feats):
        per_tray = []
        for tray in range(loaf_feats.shape[0]):
            probs = self.softmax(self.cls(loaf_feats[tray]))
            per_tray.append(probs.mean(axis=0))
        return ops.stack(per_tray)


def make():
    np.random.seed(30)
    feats = np.random.randn(5, 20, 12).astype(np.float32)
    return TrayInspectorShape(), (Tensor(feats),)
