# case: exponential pace smoother that stores the last smoothed pace on self inside construct for the next call -> attribute of self written in construct, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaceSmoother(nn.Cell):
    def __init__(self, alpha=0.2, seq_len=60):
        super().__init__()
        self.alpha = alpha
        self.seq_len = seq_len
        self.last_pace = Tensor(300.0, ms.float32)

    def construct(self, raw_pace):
        s = self.last_pace
        out = []
        for i in range(self.seq_len):
            s = self.alpha * raw_pace[i] + (1 - self.alpha) * s
            out.append(s)
        self.last_pace = s
        return ops.stack(out)


def make():
    np.random.seed(111)
    raw = (300 + np.random.randn(60) * 20).astype(np.float32)
    return PaceSmoother(), (Tensor(raw),)
