# case: decoder step logs the predicted token id and its probability with an f-string print of tensors -> f-string of tensor data in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderStep(nn.Cell):
    def __init__(self, hidden=16, vocab=25, verbose=True):
        super().__init__()
        self.gru = nn.GRUCell(hidden, hidden)
        self.proj = nn.Dense(hidden, vocab)
        self.verbose = verbose

    def construct(self, x, h):
        h = self.gru(x, h)
        probs = ops.softmax(self.proj(h), -1)
        tok = probs.argmax(-1)
        if self.verbose:
            print(f"step token={tok} p={probs.max()}")
        return tok, h


def make():
    np.random.seed(8)
    x = Tensor(np.random.randn(2, 16).astype(np.float32))
    h = Tensor(np.zeros((2, 16), np.float32))
    return DecoderStep(), (x, h)
