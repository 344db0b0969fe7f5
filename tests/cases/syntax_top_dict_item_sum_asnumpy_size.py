# case: `.asnumpy().item()` of a reduction of a top-level dict item is a constant at LAX, so the zeros it sizes are static; STRICT rejects `.asnumpy()`
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self, hidden=4):
        super().__init__()
        self.hidden = hidden

    def construct(self, x, batch):
        size = (ops.sum(batch["num_probes"]).asnumpy().item(), self.hidden)
        state = ops.zeros(size, ms.float32)
        return x.sum() + state.sum()


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)), {"num_probes": Tensor(np.array([1, 2], np.int32))})
