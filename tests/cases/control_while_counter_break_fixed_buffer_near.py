# case: near miss: greedy decoding on a Python counter, left by a tensor break, writing into a fixed-size buffer
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Decoder(nn.Cell):
    def __init__(self, vocab=6, max_len=5, eos_id=2):
        super().__init__()
        self.proj = nn.Dense(vocab, vocab)
        self.max_len = max_len
        self.eos_id = eos_id

    def construct(self, x):
        out = ops.zeros((x.shape[0], self.max_len), ms.int32)
        step = 0
        while step < self.max_len:
            x = self.proj(x)
            tok = x.argmax(-1).astype(ms.int32)
            out[:, step] = tok
            if (tok == self.eos_id).all():
                break
            step += 1
        return out


def make():
    np.random.seed(3)
    return Decoder(), (Tensor(np.random.randn(2, 6).astype(np.float32)),)
