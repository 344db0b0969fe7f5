# case: counts speakers from a counting head, converts with int() and runs the separation decoder that many times -> int() of a tensor used as a Python loop bound in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeakerCounter(nn.Cell):
    def __init__(self, n_bins=16, max_spk=3):
        super().__init__()
        self.head = nn.Dense(n_bins, max_spk)

    def construct(self, spec):
        logits = self.head(spec.mean(axis=1))
        return ops.argmax(logits, dim=-1) + 1


class RecursiveSeparator(nn.Cell):
    def __init__(self, n_bins=16, max_spk=3):
        super().__init__()
        self.counter = SpeakerCounter(n_bins, max_spk)
        self.mask_head = nn.Dense(n_bins, n_bins)

    def construct(self, spec):
        num_spk = int(self.counter(spec)[0])
        residual = spec
        sources = []
        for _ in range(num_spk):
            mask = ops.sigmoid(self.mask_head(residual))
            sources.append(residual * mask)
            residual = residual * (1.0 - mask)
        return ops.stack(sources, axis=1)


def make():
    np.random.seed(7)
    spec = np.abs(np.random.randn(1, 12, 16)).astype(np.float32)
    return RecursiveSeparator(), (Tensor(spec),)
