# case: label smoothing loss that first keeps non-pad positions with boolean-mask indexing lprobs[mask] -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmoothedNLL(nn.Cell):
    def __init__(self, vocab_size=16, epsilon=0.1, padding_idx=1):
        super().__init__()
        self.vocab_size = vocab_size
        self.epsilon = epsilon
        self.padding_idx = padding_idx
        self.out_proj = nn.Dense(8, vocab_size)

    def construct(self, hidden, target):
        lprobs = ops.log_softmax(self.out_proj(hidden), -1).reshape(-1, self.vocab_size)
        target = target.reshape(-1)
        non_pad = target != self.padding_idx
        lprobs = lprobs[non_pad]
        target = target[non_pad]
        nll = -ops.gather_elements(lprobs, 1, target.expand_dims(1)).squeeze(1)
        smooth = -lprobs.mean(-1)
        loss = (1.0 - self.epsilon) * nll + self.epsilon * smooth
        return loss.mean()


def make():
    np.random.seed(0)
    hidden = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    tgt = np.random.randint(2, 16, (2, 6)).astype(np.int32)
    tgt[0, 4:] = 1
    return SmoothedNLL(), (hidden, Tensor(tgt))
