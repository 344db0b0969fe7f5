# case: assemblage richness counted by putting predicted type ids into a Python set inside construct -> error because set of tensor values is unsupported in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AssemblageRichness(nn.Cell):
    def __init__(self, n_types=8):
        super().__init__()
        self.n_types = n_types

    def construct(self, type_logits):
        ids = ops.argmax(type_logits, dim=1)
        seen = set()
        for i in range(ids.shape[0]):
            seen.add(int(ids[i]))
        richness = len(seen)
        return Tensor(richness, ms.float32) / self.n_types


def make():
    np.random.seed(19)
    logits = Tensor(np.random.randn(10, 8).astype(np.float32))
    return AssemblageRichness(), (logits,)
