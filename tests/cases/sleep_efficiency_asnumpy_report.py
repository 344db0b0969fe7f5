# case: nightly sleep-efficiency summary that pulls stages to host with .asnumpy() and uses NumPy inside construct -> error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NightSummary(nn.Cell):
    def __init__(self, epoch_sec=30):
        super().__init__()
        self.epoch_sec = epoch_sec

    def construct(self, stage_logits):
        stages = ops.argmax(stage_logits, dim=-1)
        host = stages.asnumpy()
        tst_min = np.sum(host != 0) * self.epoch_sec / 60.0
        tib_min = host.shape[0] * self.epoch_sec / 60.0
        eff = Tensor(np.array([tst_min / tib_min], dtype=np.float32))
        return eff * 100.0


def make():
    np.random.seed(8)
    logits = np.random.randn(60, 5).astype(np.float32)
    return NightSummary(), (Tensor(logits),)
