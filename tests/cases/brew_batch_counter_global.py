# case: counts processed fermentation batches in a module-level global incremented inside construct and tags output with it -> global state mutated in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BATCHES_SEEN = 0


class BatchTagger(nn.Cell):
    def __init__(self, og=1.050):
        super().__init__()
        self.og = og

    def construct(self, sg):
        global BATCHES_SEEN
        BATCHES_SEEN = BATCHES_SEEN + 1
        att = (self.og - sg) / (self.og - 1.0)
        return att, BATCHES_SEEN


def make():
    np.random.seed(29)
    sg = np.random.uniform(1.008, 1.020, size=6).astype(np.float32)
    return BatchTagger(), (Tensor(sg),)
