# case: exponential pace smoother whose carried state lives in a Parameter updated with ops.assign -> sanctioned state update, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class StatefulPaceSmoother(nn.Cell):
    def __init__(self, alpha=0.2, seq_len=60):
        super().__init__()
        self.alpha = alpha
        self.seq_len = seq_len
        self.last_pace = Parameter(Tensor(300.0, ms.float32), name="last_pace", requires_grad=False)

    def construct(self, raw_pace):
        s = self.last_pace * 1.0
        out = []
        for i in range(self.seq_len):
            s = self.alpha * raw_pace[i] + (1 - self.alpha) * s
            out.append(s)
        ops.assign(self.last_pace, s)
        return ops.stack(out)


def make():
    np.random.seed(112)
    raw = (300 + np.random.randn(60) * 20).astype(np.float32)
    return StatefulPaceSmoother(), (Tensor(raw),)
