# case: beam step whose beam width is read from an input tensor (k = int(beam_t)); topk k not a compile-time constant -> error or dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

VOCAB = 10


class BeamStep(nn.Cell):
    def __init__(self):
        super().__init__()
        self.proj = nn.Dense(4, VOCAB)

    def construct(self, hidden, beam_t):
        logp = ops.log_softmax(self.proj(hidden), axis=-1)
        flat = logp.reshape(1, -1)
        k = beam_t.max()
        scores, idx = ops.topk(flat, int(k))
        return scores, idx // VOCAB, idx % VOCAB


def make():
    hidden = Tensor(np.random.rand(3, 4).astype(np.float32))
    return BeamStep(), (hidden, Tensor(np.array([3], np.int32)))
