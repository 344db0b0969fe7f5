# case: @ms.jit method on a plain (non-Cell) scorer class that reads float and int attributes (near miss)
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


class Scorer:
    def __init__(self, temperature=2.0, top=3):
        self.temperature = temperature
        self.top = top

    @ms.jit
    def score(self, logits):
        p = ops.softmax(logits / self.temperature, axis=-1)
        vals, _ = ops.topk(p, self.top)
        return vals.sum(axis=-1)


def make():
    s = Scorer()
    return s.score, (Tensor(np.random.randn(2, 6).astype(np.float32)),)
