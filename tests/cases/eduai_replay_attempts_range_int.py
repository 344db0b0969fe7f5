# case: attempt replay loops for range(int(num_attempts)) over a tensor count, collecting hidden states in a list and stacking them -> error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttemptReplay(nn.Cell):
    def __init__(self, input_dim=6, hidden=8):
        super().__init__()
        self.cell = nn.GRUCell(input_dim, hidden)
        self.hidden = hidden

    def construct(self, attempts, num_attempts):
        h = ops.zeros((attempts.shape[0], self.hidden), ms.float32)
        states = []
        for t in range(int(num_attempts)):
            h = self.cell(attempts[:, t, :], h)
            states.append(h)
        return ops.stack(states, axis=1)


def make():
    np.random.seed(26)
    attempts = Tensor(np.random.randn(3, 10, 6).astype(np.float32))
    num_attempts = Tensor(6, ms.int32)
    return AttemptReplay(), (attempts, num_attempts)
