# case: scoring cell that builds a plain Python MutationReport object inside construct, mutates its fields with tensor scores and returns it -> error in graph mode (custom Python object created and returned)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MutationReport:
    def __init__(self):
        self.scores = []
        self.best = None


class SaturationScanner(nn.Cell):
    def __init__(self, d_model=16, vocab=20):
        super().__init__()
        self.head = nn.Dense(d_model, vocab)

    def construct(self, hidden, wt_tokens):
        logp = ops.log_softmax(self.head(hidden), axis=-1)
        wt_lp = ops.gather_elements(logp, 1, wt_tokens.reshape(-1, 1))
        report = MutationReport()
        report.scores.append(logp - wt_lp)
        report.best = ops.argmax((logp - wt_lp).reshape(-1), dim=0)
        return report


def make():
    np.random.seed(37)
    hidden = Tensor(np.random.randn(10, 16).astype(np.float32))
    wt = Tensor(np.random.randint(0, 20, (10,)).astype(np.int32))
    return SaturationScanner(), (hidden, wt)
