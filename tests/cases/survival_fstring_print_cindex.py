# case: training step logs the batch loss and event count with an f-string print of tensors inside construct -> print of data in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoggedCoxLoss(nn.Cell):
    def __init__(self, in_dim=5, verbose=True):
        super().__init__()
        self.fc = nn.Dense(in_dim, 1)
        self.verbose = verbose

    def construct(self, x, times, events):
        risk = self.fc(x).squeeze(-1)
        order = ops.argsort(times, descending=True)
        r = ops.gather(risk, order, 0)
        e = ops.gather(events, order, 0)
        loss = -((r - ops.logcumsumexp(r, 0)) * e).sum() / ops.clamp(e.sum(), min=1.0)
        if self.verbose:
            print(f"cox loss={loss} events={e.sum()}")
        return loss


def make():
    np.random.seed(18)
    x = Tensor(np.random.randn(8, 5).astype(np.float32))
    times = Tensor(np.random.rand(8).astype(np.float32) * 12)
    events = Tensor((np.random.rand(8) > 0.5).astype(np.float32))
    return LoggedCoxLoss(), (x, times, events)
