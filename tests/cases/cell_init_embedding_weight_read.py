import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: __init__ reads `self.embed.weight` of an nn.Embedding (MindSpore names it embedding_table): AttributeError, never built
class Codebook(nn.Cell):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(16, 4)
        self.size = self.embed.weight.shape[0]

    def construct(self, ids):
        return self.embed(ids)


def make():
    return Codebook(), (Tensor(np.array([1, 2], np.int32)),)
