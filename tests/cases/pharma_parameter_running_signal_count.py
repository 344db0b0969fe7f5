# case: keeps a running count of detected signals in a non-trainable Parameter updated with ops.assign_add -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SignalAccumulator(nn.Cell):
    def __init__(self, threshold=2.0):
        super().__init__()
        self.threshold = threshold
        self.n_signals = Parameter(Tensor(0.0, ms.float32), name="n_signals", requires_grad=False)
        self.n_pairs = Parameter(Tensor(0.0, ms.float32), name="n_pairs", requires_grad=False)

    def construct(self, prr_batch):
        flagged = (prr_batch > self.threshold).astype(ms.float32)
        ops.assign_add(self.n_signals, flagged.sum())
        ops.assign_add(self.n_pairs, ops.scalar_to_tensor(prr_batch.shape[0], ms.float32))
        return self.n_signals / self.n_pairs


def make():
    np.random.seed(21)
    prr = np.random.lognormal(0.3, 0.6, size=(24,)).astype(np.float32)
    return SignalAccumulator(), (Tensor(prr),)
