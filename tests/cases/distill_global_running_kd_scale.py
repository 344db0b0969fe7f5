# case: running average of the KD/CE loss ratio kept in a module-level global dict and updated inside construct -> global state mutation in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

KD_STATE = {"ratio": 1.0, "momentum": 0.9}


class RunningScaledKD(nn.Cell):
    def __init__(self, temperature=4.0):
        super().__init__()
        self.t = temperature
        self.ce = nn.CrossEntropyLoss()

    def construct(self, s_logits, t_logits, labels):
        ce = self.ce(s_logits, labels)
        p_t = ops.softmax(t_logits / self.t, axis=-1)
        kd = -(p_t * ops.log_softmax(s_logits / self.t, axis=-1)).sum(-1).mean()
        m = KD_STATE["momentum"]
        KD_STATE["ratio"] = m * KD_STATE["ratio"] + (1 - m) * ops.stop_gradient(ce / kd)
        return ce + KD_STATE["ratio"] * kd


def make():
    np.random.seed(35)
    s = Tensor(np.random.randn(6, 5).astype(np.float32))
    t = Tensor(np.random.randn(6, 5).astype(np.float32))
    y = Tensor(np.random.randint(0, 5, size=(6,)).astype(np.int32))
    return RunningScaledKD(), (s, t, y)
