# case: label-smoothed NLL over the vocabulary with ignore_index handled by where/one_hot on fixed shapes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LabelSmoothedCrossEntropy(nn.Cell):
    def __init__(self, vocab_size=20, smoothing=0.1, ignore_index=-100, reduce=True):
        super().__init__()
        self.vocab_size = vocab_size
        self.confidence = 1.0 - smoothing
        self.smooth_val = smoothing / (vocab_size - 1)
        self.ignore_index = ignore_index
        self.reduce = reduce

    def construct(self, logits, target):
        lprobs = ops.log_softmax(logits.reshape(-1, self.vocab_size), -1)
        target = target.reshape(-1)
        pad = target == self.ignore_index
        safe_target = ops.where(pad, ops.zeros_like(target), target)
        on = ops.one_hot(safe_target, self.vocab_size, Tensor(self.confidence, ms.float32),
                         Tensor(self.smooth_val, ms.float32))
        loss = -(on * lprobs).sum(-1)
        loss = ops.where(pad, ops.zeros_like(loss), loss)
        if not self.reduce:
            return loss
        n_tokens = (~pad).astype(ms.float32).sum()
        return loss.sum() / ops.clamp(n_tokens, min=1.0)


class Seq2SeqLossHead(nn.Cell):
    def __init__(self, hidden=8, vocab_size=20):
        super().__init__()
        self.lm_head = nn.Dense(hidden, vocab_size, has_bias=False)
        self.criterion = LabelSmoothedCrossEntropy(vocab_size)

    def construct(self, decoder_out, target):
        return self.criterion(self.lm_head(decoder_out), target)


def make():
    np.random.seed(0)
    dec = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    tgt = np.random.randint(0, 20, (2, 5)).astype(np.int32)
    tgt[1, 3:] = -100
    return Seq2SeqLossHead(), (dec, Tensor(tgt))
