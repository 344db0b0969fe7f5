# case: greedy decoding on a Python counter collects step logits in a list before a tensor break, then stacks them
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
        steps = []
        step = 0
        while step < self.max_len:
            x = self.proj(x)
            steps.append(x)
            if (x.argmax(-1) == self.eos_id).all():
                break
            step += 1
        return ops.stack(steps, 1)


def make():
    np.random.seed(3)
    return Decoder(), (Tensor(np.random.randn(2, 6).astype(np.float32)),)
