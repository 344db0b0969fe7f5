# case: token-level label-smoothed CE that gathers non-padding positions through argwhere + gather_nd -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenSmoothedCE(nn.Cell):
    def __init__(self, vocab_size=11, pad_id=0, smoothing=0.1):
        super().__init__()
        self.vocab_size = vocab_size
        self.pad_id = pad_id
        self.smoothing = smoothing
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def _non_pad(self, logits, targets):
        pos = ops.argwhere(targets != self.pad_id)
        return ops.gather_nd(logits, pos), ops.gather_nd(targets, pos)

    def construct(self, logits, targets):
        lg, tg = self._non_pad(logits, targets)
        logp = self.log_softmax(lg)
        nll = -ops.gather_elements(logp, 1, tg[:, None]).squeeze(1)
        smooth = -logp.mean(axis=-1)
        loss = (1.0 - self.smoothing) * nll + self.smoothing * smooth
        return loss.mean()


def make():
    np.random.seed(15)
    logits = Tensor(np.random.randn(2, 7, 11).astype(np.float32))
    targets = np.random.randint(1, 11, size=(2, 7)).astype(np.int32)
    targets[0, 5:] = 0
    targets[1, 3:] = 0
    return TokenSmoothedCE(), (logits, Tensor(targets))
