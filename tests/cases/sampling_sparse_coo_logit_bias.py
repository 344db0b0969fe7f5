# case: applies a sparse logit-bias map stored as a COOTensor, densified with to_dense and added to the logits -> sparse tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseLogitBias(nn.Cell):
    def __init__(self, vocab_size=16):
        super().__init__()
        self.vocab_size = vocab_size

    def construct(self, logits, bias_indices, bias_values):
        bias = COOTensor(bias_indices, bias_values, (1, self.vocab_size))
        dense = bias.to_dense()
        return logits + dense


def make():
    np.random.seed(30)
    logits = Tensor(np.random.randn(1, 16).astype(np.float32))
    idx = Tensor(np.array([[0, 3], [0, 7], [0, 12]], dtype=np.int32))
    vals = Tensor(np.array([-100.0, 5.0, 2.5], dtype=np.float32))
    return SparseLogitBias(), (logits, idx, vals)
