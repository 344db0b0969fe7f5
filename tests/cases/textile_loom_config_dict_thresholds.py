# case: loom alarm cell reading per-defect-type thresholds from a constant config dict with string keys and comparing scores via ops -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LOOM_CFG = {"hole": 0.4, "slub": 0.6, "broken_pick": 0.5}


class LoomAlarm(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else LOOM_CFG
        self.thr = Tensor(np.array([cfg["hole"], cfg["slub"], cfg["broken_pick"]], dtype=np.float32))
        self.head = nn.Dense(10, 3)

    def construct(self, feats):
        scores = ops.sigmoid(self.head(feats))
        alarms = scores > self.thr
        any_alarm = ops.any(alarms, axis=1)
        return scores, alarms.astype(ms.int32), any_alarm


def make():
    np.random.seed(45)
    feats = Tensor(np.random.randn(4, 10).astype(np.float32))
    return LoomAlarm(), (feats,)
