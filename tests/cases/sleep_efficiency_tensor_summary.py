# case: total sleep time, time in bed and efficiency computed with tensor reductions and shape constants -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SleepSummaryConfig:
    epoch_sec = 30
    wake_label = 0
    rem_label = 4


class NightSummary(nn.Cell):
    def __init__(self, cfg=SleepSummaryConfig()):
        super().__init__()
        self.epoch_min = cfg.epoch_sec / 60.0
        self.wake_label = cfg.wake_label
        self.rem_label = cfg.rem_label

    def construct(self, stage_logits):
        stages = ops.argmax(stage_logits, dim=-1)
        asleep = (stages != self.wake_label).astype(ms.float32)
        rem = (stages == self.rem_label).astype(ms.float32)
        tib = stage_logits.shape[0] * self.epoch_min
        tst = asleep.sum() * self.epoch_min
        rem_pct = rem.sum() / ops.maximum(asleep.sum(), 1.0) * 100.0
        return ops.stack([tst, tst / tib * 100.0, rem_pct])


def make():
    np.random.seed(9)
    logits = np.random.randn(60, 5).astype(np.float32)
    return NightSummary(), (Tensor(logits),)
